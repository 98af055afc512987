import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// Date labels are written to read mid-sentence ("reported in spring 2022"); wherever one
/// starts a heading or a line of a page ("Spring 2022", "**Spring 2022**, meeting: …") it is
/// capitalised, as a reader expects of the first word.
@Suite("Date labels")
struct DateLabelTests {
  @Test(
    "vague dates read in lower case",
    arguments: [
      ("2022-SP", "spring 2022"), ("2025-SU", "summer 2025"), ("2025-W23", "week 23, 2025"),
      ("2025-H2", "second half of 2025"), ("202", "the 2020s"), ("2025-06", "June 2025"),
    ])
  func lowerCase(value: String, label: String) {
    #expect(DateLabel(value: value, fallback: value).label == label)
  }

  @Test("a value read once labels every later event by that event's own fallback")
  func fallbackPerEvent() {
    // Labels are kept by value between events: the fallback must still be each event's own.
    #expect(DateLabel(value: "2025-XX", fallback: "some time in 2025").label == "some time in 2025")
    #expect(DateLabel(value: "2025-XX", fallback: "that year").label == "that year")
    #expect(DateLabel(value: "2025-XX", fallback: "").label == "")
    #expect(DateLabel(value: "XXXX-06-02", fallback: "on 2 June").label == "on 2 June")
    #expect(DateLabel(value: "XXXX-06-02", fallback: "").label == "XXXX-06-02")
    #expect(DateLabel(value: "XXXX-06-02", fallback: "").start == nil)
    #expect(DateLabel(value: "2025-06-02", fallback: "on Monday").label == "2 June 2025")
    #expect(DateLabel(value: "2025-06-02", fallback: "").label == "2 June 2025")
    #expect(DateLabel(value: "2025", fallback: "this year").label == "2025")
  }

  @Test(
    "a label that starts a heading or a line is capitalised, numbers and months as they are",
    arguments: [
      ("2022-SP", "Spring 2022"), ("2025-W23", "Week 23, 2025"),
      ("2025-H2", "Second half of 2025"), ("202", "The 2020s"), ("2025-06", "June 2025"),
      ("2025-06-02", "2 June 2025"), ("2025-Q2", "Q2 2025"),
    ])
  func heading(value: String, heading: String) {
    #expect(DateLabel(value: value, fallback: value).heading == heading)
  }

  @Test(
    "the timeline's day heading starts capitalised, and the event lines under it do not repeat it")
  func timelineHeadingAndLine() throws {
    var corpus = Fixtures.corpus()
    corpus.timeline[0].date = Fixtures.date("2022-SP", .quarter, "spring of 2022")
    let html = try SiteBuild(corpus: corpus).text("timeline/index.html")
    #expect(html.contains("<h2>Spring 2022</h2>"))
    #expect(!html.contains("<strong>Spring 2022</strong>"))
    #expect(!html.contains("<strong>spring 2022</strong>"))
    #expect(!html.contains("<strong>2 June 2025</strong>"), "no event line repeats its heading")
  }

  @Test("a briefing's key dates and the search index's event titles start capitalised")
  func briefingAndSearch() throws {
    var corpus = Fixtures.corpus()
    corpus.briefings[0].events[1].date = Fixtures.date("2025-SU", .quarter, "this summer")
    corpus.timeline[0].date = Fixtures.date("2022-SP", .quarter, "spring of 2022")
    let site = try SiteBuild(corpus: corpus)
    let briefing = site.text("briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html")
    // The key date links to the event on the timeline, or is set strong when it has none there.
    #expect(briefing.contains(#/>Summer 2025<\/(a|strong)>: /#))
    #expect(!briefing.contains("summer 2025"))
    // Search records are rows of [type, title, url, text], in chunks under search/r/.
    let rows = try site.files.keys.filter { $0.hasPrefix("search/r/") }.flatMap {
      try JSONDecoder().decode([[String]].self, from: Data(site.files[$0]!))
    }
    let eventTitles = rows.filter { $0.first == "event" }.map { $0[1] }
    #expect(eventTitles.contains("Spring 2022"))
    #expect(!eventTitles.contains("spring 2022"))
  }
}
