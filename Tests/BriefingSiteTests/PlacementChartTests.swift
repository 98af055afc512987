import BriefingModels
import Testing

@testable import BriefingSite

/// The picture placing a briefing's events on the corpus timeline: days too close to tell apart
/// become one bigger dot that says how many days it holds, instead of a blob of dots.
@Suite("Placement chart dots")
struct PlacementChartTests {
  static func day(_ iso: String) -> Int { CalendarDate(iso: iso)!.dayNumber }

  @Test("days a few pixels apart on a three-year axis become one dot that counts them")
  func closeDaysMerge() {
    let first = Self.day("2022-02-01")
    let last = Self.day("2025-06-12")
    let days = ["2022-02-01", "2025-05-01", "2025-06-02", "2025-06-03", "2025-06-04"].map(Self.day)
    let dots = PlacementChart.dots(days, first: first, last: last)
    #expect(dots.map(\.days) == [1, 1, 3])
    #expect(dots[2].title == "3 days with events, 2 June 2025 to 4 June 2025")
    #expect(dots[2].radius > dots[0].radius)
    #expect(dots[0].title == "1 February 2022")
  }

  @Test("days far apart keep a dot each, of the usual size")
  func distantDaysStayApart() {
    let days = ["2025-06-01", "2025-06-15", "2025-06-30"].map(Self.day)
    let dots = PlacementChart.dots(days, first: days[0], last: days[2])
    #expect(dots.count == 3)
    #expect(dots.allSatisfy { $0.radius == 6 && $0.days == 1 })
  }

  @Test("a dot of several days is a circle with its title; dots of one day are one path")
  func drawn() throws {
    let corpus = ["2022-02-01", "2025-06-02", "2025-06-03", "2025-06-12"].map(Self.day)
    let chart = try #require(
      PlacementChart(
        background: nil, corpusDays: corpus, days: [corpus[1], corpus[2], corpus[2]],
        idPrefix: "p"))
    let svg = chart.svg()
    #expect(svg.matches(of: /<circle\s/).count == 1)
    #expect(svg.contains("<title>2 days with events, 2 June 2025 to 3 June 2025</title>"))
    #expect(!svg.contains("class=\"day\""), "no day stands alone")
    // Days far apart: each a round dot drawn in one path, their span in the description (the
    // key dates under the picture list them); the path carries its stroke, so the dots show
    // without the stylesheet.
    let apart = try #require(
      PlacementChart(
        background: nil, corpusDays: corpus, days: [corpus[0], corpus[3]], idPrefix: "p"))
    let drawn = apart.svg()
    #expect(drawn.matches(of: /<circle\s/).isEmpty)
    let path = try #require(
      drawn.firstMatch(
        of:
          /<path d="([^"]+)" class="day" stroke="currentColor" stroke-width="12" stroke-linecap="round"\/>/
      ))
    #expect(path.output.1.matches(of: /M\d+ 30h0/).count == 2)
    #expect(drawn.contains("fall on 2 days from 1 February 2022 to 12 June 2025 (listed below)"))
  }
}
