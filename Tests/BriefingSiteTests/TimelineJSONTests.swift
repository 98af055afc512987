import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// `timeline.json` spliced from kept event fragments is exactly the export encoded whole, and
/// an event is made again when anything it shows changes.
@Suite("timeline.json from kept fragments")
struct TimelineJSONTests {
  static let index = SiteIndex(corpus: Fixtures.corpus(), config: Fixtures.config)

  @Test("spliced, with or without kept fragments, the bytes are the export encoded whole")
  func sameBytes() {
    let whole = SafeJSON.encode(TimelineJSExport(index: Self.index))
    let first = JSONFragments()
    #expect(TimelineJSExport.encode(index: Self.index, fragments: first) == whole)
    #expect(!first.made.isEmpty)
    let stored = first.made.mapValues { Data($0) }
    let second = JSONFragments { stored[$0] }
    #expect(TimelineJSExport.encode(index: Self.index, fragments: second) == whole)
    #expect(second.made.isEmpty, "nothing encoded again")
  }

  @Test("a source's new title or another site address makes the events again")
  func titlesAndAddress() throws {
    let first = JSONFragments()
    _ = TimelineJSExport.encode(index: Self.index, fragments: first)
    let stored = first.made.mapValues { Data($0) }
    var corpus = Fixtures.corpus()
    let source = try #require(corpus.timeline.first?.sources.first?.article)
    let i = try #require(corpus.briefings.firstIndex { $0.article.id == source })
    corpus.briefings[i].article.title += " (updated)"
    var config = Fixtures.config
    config.baseURL = "https://example.org/other/"
    for (corpus, config) in [(corpus, Fixtures.config), (Fixtures.corpus(), config)] {
      let index = SiteIndex(corpus: corpus, config: config)
      let kept = JSONFragments { stored[$0] }
      #expect(
        TimelineJSExport.encode(index: index, fragments: kept)
          == SafeJSON.encode(TimelineJSExport(index: index)))
      #expect(!kept.made.isEmpty)
    }
  }
}
