import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// `search.json` spliced from kept record fragments is exactly the index encoded whole, and a
/// briefing's records are made again when a party it quotes is renamed.
@Suite("search.json from kept fragments")
struct SearchJSONTests {
  static func encode(_ corpus: Corpus, limit: Int, fragments: JSONFragments?) -> [UInt8] {
    let index = SiteIndex(corpus: corpus, config: Fixtures.config)
    let paging = TimelinePaging(index.timeline, limit: limit)
    return SearchIndex.encode(
      index: index, paging: paging, sources: BriefingPageKeyTests.sources(corpus),
      fragments: fragments)
  }

  static func whole(_ corpus: Corpus, limit: Int) -> [UInt8] {
    let index = SiteIndex(corpus: corpus, config: Fixtures.config)
    return SafeJSON.encode(
      SearchIndex(index: index, paging: TimelinePaging(index.timeline, limit: limit)))
  }

  @Test("spliced, with or without kept fragments, the bytes are the index encoded whole")
  func sameBytes() {
    let corpus = Fixtures.corpus()
    let first = JSONFragments()
    #expect(Self.encode(corpus, limit: 200, fragments: first) == Self.whole(corpus, limit: 200))
    #expect(!first.made.isEmpty)
    let stored = first.made.mapValues { Data($0) }
    let second = JSONFragments { stored[$0] }
    #expect(Self.encode(corpus, limit: 200, fragments: second) == Self.whole(corpus, limit: 200))
    #expect(second.made.isEmpty, "nothing encoded again")
  }

  @Test("a renamed party or another paging of the timeline makes the records again")
  func renamedPartyAndPaging() throws {
    let corpus = Fixtures.corpus()
    let first = JSONFragments()
    _ = Self.encode(corpus, limit: 200, fragments: first)
    let stored = first.made.mapValues { Data($0) }
    var renamed = corpus
    let quoted = try #require(corpus.briefings.flatMap(\.statements).first?.party)
    let i = try #require(renamed.parties.firstIndex { $0.id == quoted })
    renamed.parties[i].name += " (renamed)"
    for (corpus, limit) in [(renamed, 200), (corpus, 1)] {
      let kept = JSONFragments { stored[$0] }
      #expect(
        Self.encode(corpus, limit: limit, fragments: kept) == Self.whole(corpus, limit: limit))
      #expect(!kept.made.isEmpty)
    }
  }
}
