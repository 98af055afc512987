import Foundation
import Testing

@testable import BriefingStore

@Suite("A record pack rewritten whole")
struct RecordPackTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "record-pack-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test("ids read back as written, ASCII or not; an id that is no UTF-8 ends the readable part")
  func ids() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("x.pack")
    let ids = ["content/a.md", "café/ünï.md", " sides", "2025-06-02", "👍🏽"]
    var kept: [String: RecordPack.Kept] = [:]
    for id in ids { kept[id] = .new(head: Array(id.utf8), body: [1, 2, 3]) }
    RecordPack().update(at: url, key: "k", kept: kept)
    let pack = RecordPack(contentsOf: url)
    #expect(Set(pack.records.keys) == Set(ids) && pack.isWhole)
    for id in ids { #expect(Array(pack.slice(pack.records[id]!.head)) == Array(id.utf8)) }
    // The last record's id made invalid UTF-8 (0xFF is never in it): that record is not read.
    var bytes = [UInt8](try Data(contentsOf: url))
    let last = try #require(
      pack.records.max { $0.value.body.lowerBound < $1.value.body.lowerBound })
    bytes[last.value.head.lowerBound - 4 - last.key.utf8.count] = 0xFF  // the id's first byte
    let damaged = RecordPack(bytes: Data(bytes))
    #expect(damaged.recordCount == ids.count - 1 && !damaged.isWhole)
  }

  @Test(
    "a pack larger than the write buffer reads back record for record, and no temporary is left")
  func largeRewrite() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("x.pack")
    // 300 records of 10 KB: three times the 1 MB buffer, so the rewrite flushes mid-way.
    var kept: [String: RecordPack.Kept] = [:]
    for i in 0..<300 {
      kept["r\(i)"] = .new(
        head: Array("h\(i)".utf8), body: [UInt8](repeating: UInt8(i % 251), count: 10_000))
    }
    RecordPack().update(at: url, key: "k1", kept: kept)
    let pack = RecordPack(contentsOf: url)
    #expect(pack.key == "k1" && pack.isWhole && pack.recordCount == 300)
    for i in [0, 149, 299] {
      let r = try #require(pack.records["r\(i)"])
      #expect(Array(pack.slice(r.head)) == Array("h\(i)".utf8))
      #expect(Array(pack.slice(r.body)) == [UInt8](repeating: UInt8(i % 251), count: 10_000))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["x.pack"])

    // Rewritten under another key, keeping half of the records read from the old pack.
    var half: [String: RecordPack.Kept] = [:]
    for (id, r) in pack.records where Int(id.dropFirst())! % 2 == 0 { half[id] = .packed(r) }
    pack.update(at: url, key: "k2", kept: half)
    let again = RecordPack(contentsOf: url)
    #expect(again.key == "k2" && again.isWhole && again.recordCount == 150)
    let r = try #require(again.records["r298"])
    #expect(Array(again.slice(r.body)) == [UInt8](repeating: UInt8(298 % 251), count: 10_000))
  }

  @Test("a made record is encoded as the pack is written, whole or appended, and reads back")
  func madeRecords() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("x.pack")
    var kept: [String: RecordPack.Kept] = [:]
    for i in 0..<8 {
      kept["r\(i)"] = .made(head: Data("h\(i)".utf8)) { [UInt8](repeating: UInt8(i), count: 5) }
    }
    RecordPack().update(at: url, key: "k", kept: kept)
    let pack = RecordPack(contentsOf: url)
    #expect(pack.key == "k" && pack.isWhole && pack.recordCount == 8)
    let r3 = try #require(pack.records["r3"])
    #expect(Array(pack.slice(r3.head)) == Array("h3".utf8))
    #expect(Array(pack.slice(r3.body)) == [3, 3, 3, 3, 3])

    // One made record more, the rest kept: appended, so the file only grows.
    let before = try Data(contentsOf: url)
    var next: [String: RecordPack.Kept] = [:]
    for (id, r) in pack.records { next[id] = .packed(r) }
    next["r8"] = .made(head: Data()) { [9] }
    pack.update(at: url, key: "k", kept: next)
    let appended = RecordPack(contentsOf: url)
    let bytes = try Data(contentsOf: url)
    #expect(appended.recordCount == 9 && appended.isWhole && bytes.count > before.count)
    #expect(bytes.prefix(before.count) == before)
    #expect(Array(appended.slice(appended.records["r8"]!.body)) == [9])
    #expect(Array(appended.slice(appended.records["r3"]!.body)) == [3, 3, 3, 3, 3])
  }
}
