import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// Where sources disagree, as the site shows it: a note under the timeline entry, a section on
/// each briefing that takes a side, and one index page (with an empty state); article text
/// stays text; and the keys of the pages that show a disagreement follow it.
@Suite("Disagreements on the site")
struct DisagreementPagesTests {
  /// The fixture corpus with one disagreement on the date of its exchange, one claim quoting a
  /// hostile sentence.
  static func corpus() -> Corpus {
    var corpus = Fixtures.corpus()
    corpus.disagreements = [
      Disagreement(
        id: "date-the-exchange", kind: .date, subject: "the exchange \(Fixtures.hostile)",
        entries: ["2025-06-07-exchange"],
        claims: [
          .init(
            article: "prisoner-exchange", source: "Exchange desk", sentence: 1,
            text: "The exchange took place.", value: "June 7"),
          .init(
            article: "istanbul-talks", source: "Wire *service*", sentence: 1,
            text: "Peskov said \(Fixtures.hostile) on June 8.",
            value: "June 8 \(Fixtures.hostileLink)"),
        ])
    ]
    return corpus
  }

  @Test("the index page lists the disagreement with each source, value and sentence link")
  func indexPage() throws {
    let site = try SiteBuild(corpus: Self.corpus())
    let html = site.text("disagreements/index.html")
    #expect(html.contains("<h2>Dates</h2>"))
    #expect(html.contains("id=\"date-the-exchange\""))
    #expect(html.contains("<strong>Exchange desk</strong> gives <strong>June 7</strong>"))
    #expect(
      html.contains("href=\"../briefings/\(SitePaths.briefingName("prisoner-exchange"))/#s2\""))
    #expect(
      html.contains("href=\"../timeline/#event-\(SitePaths.eventName("2025-06-07-exchange"))\""))
    #expect(!html.contains("<script>") && !html.contains("href=\"javascript"))
    #expect(!html.contains("<em>service</em>"))
  }

  @Test("with no disagreement the page says so, and home still links to it")
  func emptyState() throws {
    let site = try SiteBuild(corpus: Fixtures.corpus())
    #expect(site.text("disagreements/index.html").contains("No disagreements were found"))
    #expect(site.text("index.html").contains("0 disagreements between sources"))
  }

  @Test("the timeline entry says that sources differ and links each source and the index")
  func timelineNote() throws {
    let site = try SiteBuild(corpus: Self.corpus())
    let html = site.text("timeline/index.html")
    let note = try #require(html.range(of: "<strong>Sources differ</strong> on the date"))
    let rest = html[note.upperBound...].prefix { $0 != "\n" }
    #expect(rest.contains("Exchange desk</a>, June 7"))
    #expect(rest.contains("href=\"../disagreements/#date-the-exchange\""))
    #expect(!rest.contains("<script>") && !rest.contains("href=\"javascript"))
  }

  @Test("each briefing that takes a side shows the disagreement; the others do not")
  func briefingSections() throws {
    let site = try SiteBuild(corpus: Self.corpus())
    for id in ["prisoner-exchange", "istanbul-talks"] {
      let html = site.text(SitePaths.briefing(id))
      #expect(html.contains("<h2>Where sources disagree</h2>"), "\(id)")
      #expect(!html.contains("<script>alert"), "\(id)")
    }
    // Its own sentence links within the page.
    #expect(
      site.text("briefings/\(SitePaths.briefingName("prisoner-exchange"))/index.html").contains(
        "href=\"#s2\""))
    #expect(
      !site.text("briefings/\(SitePaths.briefingName("summer-outlook"))/index.html").contains(
        "Where sources disagree"))
  }

  @Test(
    "a briefing page gives each source, linked to its sentence, and its date; the index quotes it")
  func briefingClaimsLinkTheirSentences() throws {
    let site = try SiteBuild(corpus: Self.corpus())
    let page = site.text("briefings/\(SitePaths.briefingName("prisoner-exchange"))/index.html")
    #expect(
      page.contains(
        ##"<li><a href="#s2">Exchange desk</a> gives <strong>June 7</strong>"##
      ))
    #expect(
      page.contains(
        "<li><a href=\"../\(SitePaths.briefingName("istanbul-talks"))/#s2\">Wire *service*</a> gives"
      ))
    #expect(!page.contains("“The exchange took place.”"), "its own sentence is on the page")
    #expect(!page.contains("“Peskov said"), "the other source's is one link away")
    #expect(site.text("disagreements/index.html").contains("“The exchange took place.”"))
  }

  @Test("a new disagreement changes the keys of the briefing pages that take a side in it")
  func briefingKeys() throws {
    let before = try BriefingPageKeyTests.fingerprints(Fixtures.corpus())
    let after = try BriefingPageKeyTests.fingerprints(Self.corpus())
    let changed = KeyChecks.expectKeysFollowModels(before, after)
    #expect(
      changed == [
        "briefings/\(SitePaths.briefingName("prisoner-exchange"))/index.html",
        "briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html",
      ])
  }

  @Test("a new or changed disagreement changes the key of the timeline page showing its note")
  func timelineKeys() throws {
    let before = try TimelinePageKeyTests.fingerprints(Fixtures.corpus())
    let after = try TimelinePageKeyTests.fingerprints(Self.corpus())
    #expect(KeyChecks.expectKeysFollowModels(before, after).contains("timeline/index.html"))
    var edited = Self.corpus()
    edited.disagreements[0].claims[0].value = "June 6"
    let again = try TimelinePageKeyTests.fingerprints(edited)
    #expect(KeyChecks.expectKeysFollowModels(after, again).contains("timeline/index.html"))
  }

  /// The disagreements page's (fingerprint from the model, key from what it shows).
  static func indexPrint(_ corpus: Corpus) throws -> KeyChecks.Prints {
    let renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    let pages = renderer.plan(
      corpus: corpus, config: Fixtures.config, inputs: PageInputs(corpus: "the same corpus"))
    let page = try #require(pages.first { $0.path == SitePaths.disagreements })
    return [page.path: (try #require(page.prepared().fingerprint), try #require(page.key))]
  }

  @Test("the index page's key follows its disagreements and the entries they link, not the corpus")
  func indexKey() throws {
    let before = try Self.indexPrint(Self.corpus())
    // A claim's value, its article's title, the linked entry's kind: each shows on the page.
    var value = Self.corpus()
    value.disagreements[0].claims[0].value = "June 6"
    var title = Self.corpus()
    let i = title.briefings.firstIndex { $0.article.id == "istanbul-talks" }!
    title.briefings[i].article.title = "Talks in Istanbul, updated"
    var kind = Self.corpus()
    let e = kind.timeline.firstIndex { $0.id == "2025-06-07-exchange" }!
    kind.timeline[e].kind = kind.timeline[e].kind == .meeting ? .statement : .meeting
    for corpus in [value, title, kind] {
      let changed = KeyChecks.expectKeysFollowModels(before, try Self.indexPrint(corpus))
      #expect(changed == [SitePaths.disagreements])
    }
    // An entry no disagreement links: the page and its key stay as they were.
    var other = Self.corpus()
    let o = other.timeline.firstIndex { $0.id != "2025-06-07-exchange" }!
    other.timeline[o].text += " More."
    let after = try Self.indexPrint(other)
    #expect(after[SitePaths.disagreements]?.key == before[SitePaths.disagreements]?.key)
    #expect(after[SitePaths.disagreements]?.model == before[SitePaths.disagreements]?.model)
  }
}
