import BriefingModels
import Testing

@testable import BriefingSite

/// An event reported by many articles lists every source on the timeline page that lists it,
/// and elsewhere (a party page, home) the first few with a link to the rest.
@Suite("Event sources: all on the event's own timeline page, a few elsewhere")
struct EventSourcesTests {
  /// The fixture corpus with one event reported in twelve sentences.
  static func corpus() -> Corpus {
    var corpus = Fixtures.corpus()
    corpus.timeline.append(
      TimelineEntry(
        id: "widely-reported", date: Fixtures.date("2025-06-20"), text: "A widely reported event.",
        kind: .meeting, parties: ["russia"], places: [],
        sources: (0..<12).map {
          EventSource(article: "istanbul-talks", event: "e1", sentence: $0 % 5, text: "A sentence.")
        }))
    return corpus
  }

  /// The "Reported in" line of the event with anchor `event-widely-reported` on a page.
  static func sourcesLine(_ html: String) -> String? {
    guard let start = html.range(of: "id=\"event-widely-reported\"") else { return nil }
    let rest = html[start.upperBound...]
    guard let end = rest.range(of: "</li>") else { return nil }
    return String(rest[..<end.lowerBound])
  }

  @Test("the main timeline lists all twelve sources")
  func canonical() throws {
    let site = try SiteBuild(corpus: Self.corpus())
    let line = try #require(Self.sourcesLine(site.text("timeline/index.html")))
    #expect(line.matches(of: /href="[^"]*#sentence-\d+"/).count == 12)
    #expect(!line.contains("more on the timeline"))
  }

  @Test("a party's page lists three and links to the other nine on the timeline")
  func elsewhere() throws {
    let site = try SiteBuild(corpus: Self.corpus())
    let line = try #require(Self.sourcesLine(site.text("parties/russia/index.html")))
    #expect(line.matches(of: /href="[^"]*#sentence-\d+"/).count == 3)
    #expect(line.contains("9 more on the timeline</a>"))
    #expect(line.contains("href=\"../../timeline/#event-widely-reported\""))
  }
}
