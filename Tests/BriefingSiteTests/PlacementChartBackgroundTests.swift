import BriefingModels
import Testing

@testable import BriefingSite

/// The corpus part of a briefing's "on the timeline" picture is on every briefing page, so it
/// must stay small however many days have events.
@Suite("Placement chart: the corpus background stays small")
struct PlacementChartBackgroundTests {
  let start = CalendarDate(iso: "2024-01-01")!.dayNumber

  @Test("a corpus with events on every day of a year draws one band, not a tick per day")
  func denseIsOneBand() throws {
    let days = Array(start..<(start + 366))
    let background = try #require(PlacementChart.Background(days: days))
    #expect(background.ticks == "10-710")
  }

  @Test("days far apart stay separate ticks; neighbouring columns merge")
  func sparseTicks() throws {
    let days = [start, start + 1, start + 100, start + 365]
    let background = try #require(PlacementChart.Background(days: days))
    // Day 100 of 365 lands on column 10 + 700 * 100 / 365 = 201.8, rounded to 202.
    #expect(background.ticks == "10-12 202 710")
  }

  @Test("runs group columns at most two apart")
  func runs() {
    #expect(PlacementChart.Background.runs([1, 2, 4, 8, 9, 20]) == [1...4, 8...9, 20...20])
    #expect(PlacementChart.Background.runs([]) == [])
  }
}
