import BriefingModels
import Testing

@testable import BriefingSite

/// The picture placing a briefing's events on the corpus timeline is carried by the page as a
/// few numbers that `assets/placement.js` draws: the axis, the article's days on it and the
/// columns of the site's days, with nothing the key dates list under it already says.
@Suite("Placement chart figure")
struct PlacementChartTests {
  static func day(_ iso: String) -> Int { CalendarDate(iso: iso)!.dayNumber }

  @Test("the axis is the article's days with a week either side; its days count from its start")
  func figureNumbers() throws {
    let corpus = ["2022-02-01", "2025-06-02", "2025-06-03", "2025-06-12"].map(Self.day)
    let chart = try #require(
      PlacementChart(corpusDays: corpus, days: [corpus[1], corpus[3], corpus[1]]))
    let start = Self.day("2025-05-26")
    #expect(
      chart.figure()
        == "<figure class=\"chart placement\" data-span=\"\(start) 24\" data-days=\"7 17\""
        + " data-ticks=\"214-243 506\" hidden></figure>")
  }

  @Test("an article with no dated event has no picture")
  func undated() {
    #expect(PlacementChart(corpusDays: [Self.day("2025-06-02")], days: []) == nil)
  }
}
