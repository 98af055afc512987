import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// `corpus.json` spliced from kept briefing fragments is exactly the corpus encoded whole.
@Suite("corpus.json from kept fragments")
struct CorpusJSONTests {
  static let corpus = Fixtures.corpus()
  static let sources = BriefingPageKeyTests.sources(corpus)

  @Test("spliced with no kept fragments, the bytes are the corpus encoded whole")
  func fresh() {
    let fragments = JSONFragments()
    let spliced = CorpusJSON.encode(Self.corpus, sources: Self.sources, fragments: fragments)
    #expect(spliced == SafeJSON.encode(Self.corpus))
    let entryKeys = Set(Self.corpus.timeline.map(CorpusJSON.entryKey))
    #expect(!entryKeys.isEmpty)
    #expect(fragments.used == Set(Self.sources.values).union(entryKeys))
    #expect(fragments.made.count == Self.corpus.briefings.count + entryKeys.count)
  }

  @Test("a timeline entry's key changes with each of its fields, and it hashes all of them")
  func entryKeys() throws {
    let entry = try #require(Self.corpus.timeline.first { !$0.sources.isEmpty })
    // A new field in an entry, its date or its sources must be added to `entryKey`.
    #expect(Mirror(reflecting: entry).children.count == 7)
    #expect(Mirror(reflecting: entry.date).children.count == 3)
    #expect(Mirror(reflecting: entry.sources[0]).children.count == 4)
    let changes: [(inout TimelineEntry) -> Void] = [
      { $0.id += "x" }, { $0.date.value += "x" },
      { $0.date.precision = $0.date.precision == .day ? .month : .day }, { $0.date.text += "x" },
      { $0.text += "x" }, { $0.kind = $0.kind == .meeting ? .attack : .meeting },
      { $0.parties.append("x") }, { $0.places.append("x") }, { $0.sources.append($0.sources[0]) },
      { $0.sources[0].article += "x" }, { $0.sources[0].event += "x" },
      { $0.sources[0].sentence += 1 }, { $0.sources[0].text += "x" },
    ]
    var keys: Set<String> = [CorpusJSON.entryKey(entry)]
    for change in changes {
      var changed = entry
      change(&changed)
      keys.insert(CorpusJSON.entryKey(changed))
    }
    #expect(keys.count == changes.count + 1)
  }

  @Test("kept fragments are used as they are, and give the same bytes")
  func kept() {
    let first = JSONFragments()
    _ = CorpusJSON.encode(Self.corpus, sources: Self.sources, fragments: first)
    let stored = first.made.mapValues { Data($0) }
    let second = JSONFragments { stored[$0] }
    let spliced = CorpusJSON.encode(Self.corpus, sources: Self.sources, fragments: second)
    #expect(spliced == SafeJSON.encode(Self.corpus))
    #expect(second.made.isEmpty, "nothing encoded again")

    // Proof that the kept bytes, not a new encoding, went into the file.
    let marker = JSONFragments { _ in Data(#"{"kept":true}"#.utf8) }
    let marked = String(
      decoding: CorpusJSON.encode(Self.corpus, sources: Self.sources, fragments: marker),
      as: UTF8.self)
    #expect(marked.hasPrefix(#"{"briefings":[{"kept":true},{"kept":true}"#))
  }

  @Test("the site index's entry keys, in corpus order, are the ones each entry hashes to")
  func indexKeys() {
    let index = SiteIndex(corpus: Self.corpus, config: Fixtures.config)
    #expect(index.entryKeys == Self.corpus.timeline.map(CorpusJSON.entryKey))
    let spliced = CorpusJSON.encode(
      Self.corpus, sources: Self.sources, fragments: JSONFragments(), entryKeys: index.entryKeys)
    #expect(spliced == SafeJSON.encode(Self.corpus))
  }

  @Test("pieces are joined in order: text, slices of a larger buffer, new bytes")
  func splice() {
    let pack = Data("xx{\"a\":1}yy[2]zz".utf8)
    var out = JSONSplice("[")
    out.append(stored: pack[2..<9])
    out.append(byte: UInt8(ascii: ","))
    out.append(made: Array("true".utf8))
    out.append(",")
    out.append(stored: pack[11..<14])
    out.append(bytes: Array("]\n".utf8))
    #expect(String(decoding: out.joined(), as: UTF8.self) == "[{\"a\":1},true,[2]]\n")
    #expect(out.count == out.joined().count)
  }

  @Test("a briefing without a source: the corpus is encoded whole")
  func missingSource() {
    var sources = Self.sources
    sources.removeValue(forKey: Self.corpus.briefings[0].article.id)
    let marker = JSONFragments { _ in Data(#"{"kept":true}"#.utf8) }
    #expect(
      CorpusJSON.encode(Self.corpus, sources: sources, fragments: marker)
        == SafeJSON.encode(Self.corpus))
  }
}
