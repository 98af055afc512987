import BriefingModels
import Testing

@testable import BriefingSite

@Suite("Builds are byte-identical and fingerprints follow content")
struct DeterminismTests {
  @Test("two builds by two renderers give the same pages, bytes and fingerprints")
  func twice() throws {
    let a = try SiteBuild()
    let b = try SiteBuild()
    #expect(a.pages.map(\.path) == b.pages.map(\.path))
    #expect(a.pages.allSatisfy { $0.fingerprint != nil })
    #expect(a.pages.map(\.fingerprint) == b.pages.map(\.fingerprint))
    #expect(a.files == b.files)
  }

  @Test("a changed article changes its page's fingerprint and leaves unrelated pages alone")
  func fingerprints() throws {
    var corpus = Fixtures.corpus()
    corpus.briefings[2].sentences[0] = "Talks may resume in August."
    let a = try SiteBuild()
    let b = try SiteBuild(corpus: corpus)
    func fp(_ site: SiteBuild, _ path: String) -> String? {
      site.pages.first { $0.path == path }?.fingerprint
    }
    #expect(
      fp(a, "briefings/\(SitePaths.briefingName("summer-outlook"))/index.html")
        != fp(b, "briefings/\(SitePaths.briefingName("summer-outlook"))/index.html"))
    #expect(
      fp(a, "briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html")
        == fp(b, "briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html"))
    #expect(fp(a, "parties/dmitry-peskov/index.html") == fp(b, "parties/dmitry-peskov/index.html"))
  }

  @Test("an event added by one article leaves the other briefings' pages alone")
  func newEventElsewhere() throws {
    var corpus = Fixtures.corpus()
    // On a day the timeline already has: the timeline's range and ticks stay as they were.
    corpus.timeline.append(
      TimelineEntry(
        id: "2025-06-07-statement-new", date: Fixtures.date("2025-06-07"),
        text: "A new statement about the exchange.", kind: .statement, parties: ["russia"],
        places: [],
        sources: [
          EventSource(article: "prisoner-exchange", event: "e9", sentence: 1, text: "A sentence.")
        ]))
    let a = try SiteBuild()
    let b = try SiteBuild(corpus: corpus)
    for page in a.pages where page.path.hasPrefix("briefings/") {
      if page.path == "briefings/\(SitePaths.briefingName("prisoner-exchange"))/index.html" {
        continue
      }
      let after = b.pages.first { $0.path == page.path }?.fingerprint
      #expect(after == page.fingerprint, "\(page.path)")
    }
    let timeline = "timeline/index.html"
    #expect(
      a.pages.first { $0.path == timeline }?.fingerprint
        != b.pages.first { $0.path == timeline }?.fingerprint)
  }
}
