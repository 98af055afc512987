import BriefingModels
import Testing

@testable import BriefingSite

/// Date labels are written to read mid-sentence ("reported in spring 2022"); only a heading
/// that starts with one capitalises it.
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

  @Test("the timeline's day heading is capitalised, the event line under it is not")
  func headingOnly() throws {
    var corpus = Fixtures.corpus()
    corpus.timeline[0].date = Fixtures.date("2022-SP", .quarter, "spring of 2022")
    let html = try SiteBuild(corpus: corpus).text("timeline/index.html")
    #expect(html.contains("<h2>Spring 2022</h2>"))
    #expect(html.contains("<strong>spring 2022</strong>"))
  }
}
