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
    #expect(fragments.used == Set(Self.sources.values))
    #expect(fragments.made.count == Self.corpus.briefings.count)
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
