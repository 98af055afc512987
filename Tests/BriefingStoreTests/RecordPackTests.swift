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
}
