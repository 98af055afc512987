import Foundation
import Testing

@testable import BriefingSite

/// The search index kept between builds (`search.pack`): whatever changed, the files are those
/// a fresh index makes, byte for byte; an edit of a few records rebuilds only the shards their
/// terms fall in; a damaged pack is never trusted.
@Suite("The search index updated from the last build's")
struct SearchUpdateTests {
  /// `count` records of words from a vocabulary big enough to need many shards, some split
  /// down to an own shard ("w1" under "w1...").
  static func records(_ count: Int, seed: UInt64 = 7) -> [SearchIndex.Record] {
    var rng = SplitMix(seed)
    let vocabulary = (0..<3000).map { "w\($0)" } + ["Zürich", "café", "Київ", "w1"]
    func words(_ n: Int) -> String {
      (0..<n).map { _ in vocabulary[Int(rng.next() % UInt64(vocabulary.count))] }
        .joined(separator: " ")
    }
    return (0..<count).map { i in
      SearchIndex.Record(
        type: i % 3 == 0 ? "briefing" : "event", title: words(3), text: words(25),
        url: "briefings/b\(i)/", date: nil, indexed: i % 3 == 0 ? words(5) : "")
    }
  }

  struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return z ^ (z >> 31)
    }
  }

  /// One build's search files through the pack at `url`: path → (key, bytes).
  static func build(_ records: [SearchIndex.Record], pack url: URL) -> [String: (String?, [UInt8])]
  {
    let pages = SearchFiles.pages(
      records: records, cache: SearchCache(url: url, tool: "test"), keyed: "site")
    var out: [String: (String?, [UInt8])] = [:]
    for page in pages { out[page.path] = (page.key, page.prepared().bytes ?? []) }
    return out
  }

  static func expectFresh(
    _ built: [String: (String?, [UInt8])], _ records: [SearchIndex.Record], _ what: String
  ) {
    let fresh = SearchShards.files(records: records)
    #expect(Set(built.keys) == Set(fresh.map(\.path)), "\(what): the same files")
    for file in fresh where built[file.path]?.1 != file.bytes {
      Issue.record("\(what): \(file.path) differs from a fresh index's")
    }
  }

  static func temporaryPack() -> URL {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("search-pack-\(UUID().uuidString)/search.pack")
  }

  @Test("an edit of one record's words updates the shards of those words, and only those")
  func editedRecord() throws {
    let url = Self.temporaryPack()
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    var records = Self.records(600)
    let first = Self.build(records, pack: url)
    Self.expectFresh(first, records, "first build")
    let shardCount = first.keys.filter { $0.hasPrefix("search/s/") }.count
    #expect(shardCount > 20, "the corpus needs many shards")

    // The layout kept, and the edit taken by an update (not a fresh index).
    let cache = SearchCache(url: url, tool: "test")
    let layout = try #require(cache.layout())
    records[300].text += " w17 w2999"
    records[300].title = "w5 w6"
    let update = try #require(
      SearchUpdate(layout: layout, cache: cache, records: SearchRecords(records)))
    #expect(!update.changed.isEmpty && update.changed.count < 8)

    let second = Self.build(records, pack: url)
    Self.expectFresh(second, records, "after an edit")
    let rebuilt = first.keys.filter { first[$0]!.0 != second[$0]!.0 }
    let chunk = try #require(
      SearchShards.chunkRanges(records: records.count, events: SearchShards.firstEvent(records))
        .firstIndex { $0.contains(300) })
    #expect(rebuilt.contains(SearchShards.chunkPath(chunk)), "the edited record's chunk")
    #expect(rebuilt.count <= update.changed.count + 1, "\(rebuilt.sorted())")
    #expect(!rebuilt.contains(SearchShards.manifestPath))
  }

  @Test("a record added or dropped in the middle moves ids: the index is updated, as fresh")
  func movedIDs() throws {
    let url = Self.temporaryPack()
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    var records = Self.records(600)
    _ = Self.build(records, pack: url)
    let changes: [(String, (inout [SearchIndex.Record]) -> Void)] = [
      ("a record added in the middle", { $0.insert(Self.records(1, seed: 99)[0], at: 300) }),
      (
        "one added with a word no record had, one edited in place",
        {
          var r = Self.records(1, seed: 98)[0]
          r.text += " w2999x"
          $0.insert(r, at: 450)
          $0[100].text += " w17"
        }
      ),
      (
        "one added with a word no shard's prefix leads to",
        {
          var r = Self.records(1, seed: 96)[0]
          r.text += " qqxyz"
          $0.insert(r, at: 150)
        }
      ),
      ("a record dropped in the middle", { $0.remove(at: 200) }),
      (
        "a run of records changed (a date merged again) and one added after them",
        {
          for i in 320..<340 { $0[i].text += " w\(i)" }
          $0.insert(Self.records(1, seed: 97)[0], at: 346)
        }
      ),
      ("a record's only word-holder dropped", { $0.remove(at: 451) }),
    ]
    for (what, change) in changes {
      let cache = SearchCache(url: url, tool: "test")
      let layout = try #require(cache.layout())
      change(&records)
      let update = SearchUpdate(layout: layout, cache: cache, records: SearchRecords(records))
      #expect(update != nil, "\(what): updated, not made afresh")
      Self.expectFresh(Self.build(records, pack: url), records, what)
    }
  }

  @Test("new words, a record moved between shards, deletions and undoing: always a fresh index")
  func everyChange() {
    let url = Self.temporaryPack()
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    var records = Self.records(600)
    _ = Self.build(records, pack: url)
    let original = records
    let changes: [(String, (inout [SearchIndex.Record]) -> Void)] = [
      ("a word no record had", { $0[10].text += " zzyzx" }),
      (
        "a record's words all replaced",
        {
          $0[42].text = "w2500 w2501 Zürich"
          $0[42].title = "w9"
        }
      ),
      ("a title word dropped", { $0[99].title = "" }),
      (
        "a word's only record loses it",
        { $0[10].text = $0[10].text.replacingOccurrences(of: " zzyzx", with: "") }
      ),
      ("a record deleted (ids move)", { $0.remove(at: 5) }),
      ("a record added", { $0.append(Self.records(1, seed: 99)[0]) }),
      ("every change undone", { $0 = original }),
      ("many records changed at once", { for i in 0..<200 { $0[i].text = "w\(i)" } }),
    ]
    for (what, change) in changes {
      change(&records)
      Self.expectFresh(Self.build(records, pack: url), records, what)
    }
  }

  @Test("a torn or foreign pack is not trusted")
  func damagedPack() throws {
    let url = Self.temporaryPack()
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    var records = Self.records(300)
    _ = Self.build(records, pack: url)
    records[3].text += " w1234"
    _ = Self.build(records, pack: url)
    // A build killed while appending: the pack cut in the middle of its last records.
    let bytes = try Data(contentsOf: url)
    try bytes.prefix(bytes.count - 100).write(to: url)
    records[4].text += " w77"
    Self.expectFresh(Self.build(records, pack: url), records, "after a torn append")
    // Garbage over the whole pack.
    try Data(repeating: 0x41, count: 5000).write(to: url)
    records[5].text += " w78"
    Self.expectFresh(Self.build(records, pack: url), records, "over a garbage pack")
    // Another tool's pack.
    _ = SearchFiles.pages(
      records: records, cache: SearchCache(url: url, tool: "other"), keyed: "site")
    #expect(SearchCache(url: url, tool: "test").layout() == nil)
  }
}
