import BriefingModels
import Testing

@testable import BriefingSite

/// An event reported by many articles lists every source on the timeline page that lists it,
/// elsewhere (home) the first few with a link to the rest, and on a party page none: its date
/// links to the entry on the timeline.
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

  /// The event's anchor: `event-` and the short name of its id.
  static let anchor = "event-" + SitePaths.eventName("widely-reported")

  /// The "Reported in" line of the event with anchor ``anchor`` on a page.
  static func sourcesLine(_ html: String) -> String? {
    guard let start = html.range(of: "id=\"\(anchor)\"") else { return nil }
    let rest = html[start.upperBound...]
    guard let end = rest.firstIndex(of: "\n") else { return nil }
    return String(rest[..<end])
  }

  @Test("the main timeline lists all twelve sources, the article said once by outlet and date")
  func canonical() throws {
    let site = try SiteBuild(corpus: Self.corpus())
    let page = site.text("timeline/index.html")
    #expect(page.contains("<li id=\"\(Self.anchor)\">"), "a tight list item, its own anchor")
    let line = try #require(Self.sourcesLine(page))
    #expect(line.matches(of: /href="[^"]*#s\d+"/).count == 12)
    #expect(!line.contains("more on the timeline"))
    // The twelve sentences are of one article: its outlet and date once, then sentence numbers;
    // the event's own sentence says what happened, so the article's title is not repeated.
    #expect(line.components(separatedBy: "Wire *service*, 2 June 2025</a>").count == 2)
    #expect(line.matches(of: />sentence \d+<\/a>/).count == 11)
    #expect(!line.contains("Talks in Istanbul"))
  }

  @Test("home lists three and links to the other nine on the timeline")
  func elsewhere() throws {
    let site = try SiteBuild(corpus: Self.corpus())
    let line = try #require(Self.sourcesLine(site.text("index.html")))
    #expect(line.matches(of: /href="[^"]*#s\d+"/).count == 3)
    #expect(line.contains("9 more on the timeline</a>"))
    #expect(line.contains("href=\"timeline/#\(Self.anchor)\""))
  }

  @Test("a party's page gives the event's date, kind and first words, linked to the timeline")
  func partyPage() throws {
    let page = try SiteBuild(corpus: Self.corpus()).text("parties/russia/index.html")
    let item = try #require(
      page.firstMatch(of: try Regex(#"<li><a href="[^"]*#\#(Self.anchor)">[^\n]*"#)).map {
        String(page[$0.range])
      })
    #expect(
      item.hasPrefix(
        #"<li><a href="../../timeline/#\#(Self.anchor)">20 June 2025</a>, meeting: "#))
    // Its parties and sources are on the timeline entry the date links to.
    #expect(!item.contains("Reported in"))
    #expect(!item.contains("#s"))
    #expect(!page.contains(#"id="\#(Self.anchor)""#), "the anchor is the timeline's")
  }
}
