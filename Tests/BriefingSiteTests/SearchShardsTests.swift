import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// The sharded search index: every word of every record is found through the one shard its
/// prefix leads to, the record ids decode back exactly, and no shard is larger than it must be.
@Suite("Search shards")
struct SearchShardsTests {
  static func files(_ corpus: Corpus = Fixtures.corpus()) -> (SearchIndex, [String: [UInt8]]) {
    let index = SiteIndex(corpus: corpus, config: Fixtures.config)
    let search = SearchIndex(index: index, paging: TimelinePaging(index.timeline, limit: 200))
    var files: [String: [UInt8]] = [:]
    for f in SearchShards.files(search) { files[f.path] = f.bytes }
    return (search, files)
  }

  /// What `search.js` does with a posting string.
  static func decode(_ s: String) -> [Int] {
    let alphabet = Array(Postings.alphabet)
    let digits = s.utf8.dropFirst().map { alphabet.firstIndex(of: $0)! }
    var ids: [Int] = []
    if s.hasPrefix("b") {
      for (i, v) in digits.enumerated() {
        for bit in 0..<6 where v & (1 << bit) != 0 { ids.append(i * 6 + bit) }
      }
      return ids
    }
    var previous = -1
    var gap = 0
    var shift = 0
    for d in digits {
      if d >= 32 {
        gap += (d - 32) << shift
        shift += 5
        continue
      }
      gap += d << shift
      previous += gap + 1
      ids.append(previous)
      gap = 0
      shift = 0
    }
    return ids
  }

  @Test("posting lists decode to the ids they encode, as gaps or as a bitmap")
  func postings() {
    let lists: [[Int32]] = [
      [0], [5], [0, 1, 2, 3, 4, 5, 6, 7], [31, 32, 33, 1000, 40_000], Array(0..<500).map { $0 * 2 },
      Array(stride(from: 3, to: 90_000, by: 7)),
    ]
    for ids in lists {
      let encoded = Postings.encode(ids)
      #expect(Self.decode(encoded) == ids.map(Int.init), "\(encoded.prefix(20))")
      #expect(encoded.utf8.allSatisfy { Postings.alphabet.contains($0) || $0 == UInt8(ascii: "d") })
    }
    #expect(Postings.encode(Array(0..<600)).hasPrefix("b"), "a dense list is a bitmap")
    #expect(Postings.encode([3, 40_000]).hasPrefix("d"), "a sparse one is gaps")
  }

  @Test("words are folded as the script folds a query: accents off, lower case, split at signs")
  func folding() {
    #expect(
      SearchShards.terms("Zelenskyy's São-Paulo TALKS, 2025!") == [
        "zelenskyy", "s", "sao", "paulo", "talks", "2025",
      ])
    // ї is і with a diaeresis, which folding removes as it removes é's accent.
    #expect(SearchShards.terms("Київ Café") == ["киів", "cafe"])
  }

  @Test("the ASCII folding gives the Unicode folding's bytes, on tricky and on random texts")
  func asciiFoldingAgrees() {
    let pieces = [
      "a", "Z", "q", "7", " ", ",", "'", "-", "!", "\n", "\u{301}", "\u{308}", "\u{345}",
      "\u{5B0}", "é", "Ä", "ї", "Ǆ", "İ", "ß", "ﬁ", "Ω", "²", "½", "“", "”", "’", "中", "٣", "ǅ",
      "e\u{301}", "Ⅻ", "\u{1F600}",
    ]
    var texts = [
      "Zelenskyy's São-Paulo TALKS, 2025!", "Київ Café", " \u{301}x", "A\u{301}\u{345}b c",
      "İstanbul ǅemal ﬁnal", "“The people,” UNHCR said.", "",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<12 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      texts.append(text)
    }
    for text in texts {
      // Compared as bytes: String's == would also accept canonically equivalent spellings.
      #expect(
        SearchShards.terms(text).map { Array($0.utf8) }
          == SearchShards.unicodeTerms(text).map { Array($0.utf8) }, "\(text)")
    }
  }

  @Test("every word of every record is in exactly the shard of its longest prefix")
  func everyWordFound() throws {
    let (search, files) = Self.files()
    let manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(files[SearchShards.manifestPath]!))
        as? [String: Any])
    let prefixes = try #require(manifest["shards"] as? [String])
    #expect(manifest["records"] as? Int == search.records.count)
    var shards: [[String: [String]]] = []
    for i in prefixes.indices {
      let bytes = try #require(files["search/s/\(i).json"])
      shards.append(try JSONDecoder().decode([String: [String]].self, from: Data(bytes)))
    }
    for (id, record) in search.records.enumerated() {
      for term in Set(SearchShards.terms(record.title + " " + record.text + " " + record.indexed)) {
        let shard = try #require(
          prefixes.indices.filter { term.hasPrefix(prefixes[$0]) }
            .max { prefixes[$0].count < prefixes[$1].count })
        let entry = try #require(shards[shard][term], "\(term) not in shard \(prefixes[shard])")
        #expect(Self.decode(entry[0]).contains(id))
        #expect(
          Self.decode(entry[1]).contains(id) == SearchShards.terms(record.title).contains(term))
      }
    }
    // The chunks hold every record, in id order.
    var rows: [[String]] = []
    let events = SearchShards.firstEvent(search.records)
    for k in SearchShards.chunkRanges(records: search.records.count, events: events).indices {
      rows += try JSONDecoder().decode([[String]].self, from: Data(files["search/r/\(k).json"]!))
    }
    #expect(rows.map { $0[2] } == search.records.map(\.url))
  }

  @Test("chunks hold parties and briefings eight at a time, events 64, every id once in order")
  func chunkRanges() {
    let ranges = SearchShards.chunkRanges(records: 200, events: 20)
    #expect(ranges.map(\.count) == [8, 8, 4, 64, 64, 52])
    #expect(ranges.flatMap { Array($0) } == Array(0..<200))
    #expect(SearchShards.runs(records: 200, events: 20) == [[0, 8], [20, 64]])
    #expect(SearchShards.chunkRanges(records: 20, events: 20).map(\.count) == [8, 8, 4])
    #expect(SearchShards.chunkRanges(records: 70, events: 0).map(\.count) == [64, 6])
    #expect(SearchShards.chunkRanges(records: 0, events: 0).isEmpty)
  }

  @Test("a shard over budget is split by the next letter, down to a single word")
  func split() {
    let terms = (0..<400).map { "word\($0)" } + ["word", "other"]
    let sizes = Dictionary(uniqueKeysWithValues: terms.map { ($0, 100) })
    let shards = SearchShards.split(terms: terms.sorted(), prefix: "", sizes: sizes)
    #expect(shards.flatMap(\.terms).sorted() == terms.sorted(), "every word in one shard")
    for shard in shards {
      let size = shard.terms.count * 101
      #expect(size <= SearchShards.shardBudget || shard.terms == [shard.prefix])
      #expect(shard.terms.allSatisfy { $0.hasPrefix(shard.prefix) })
    }
    #expect(shards.contains { $0.prefix == "word" && $0.terms == ["word"] })
  }
}
