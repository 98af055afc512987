import BriefingModels
import Testing

@testable import BriefingExtraction

/// Durations, clock times and sets, and the numbers that are none of them.
@Suite struct TemporalDurationTimeSetTests {
  static let cases: [TemporalCase] = [
    TemporalCase("He served three years in prison.", ("three years", .duration, "P3Y")),
    TemporalCase("The strike lasted 48 hours.", ("48 hours", .duration, "PT48H")),
    TemporalCase("Sales fell over the past two months.", ("the past two months", .duration, "P2M")),
    TemporalCase("a five-year plan", ("five-year", .duration, "P5Y")),
    TemporalCase("The market opens at 10 a.m. here.", ("10 a.m.", .time, "1998-01-08T10:00")),
    TemporalCase("He speaks tonight.", ("tonight", .time, "1998-01-08TNI")),
    TemporalCase("They meet every week.", ("every week", .set, "P1W")),
    TemporalCase("The report is published annually.", ("annually", .set, "P1Y")),
    TemporalCase("The index is updated daily.", ("daily", .set, "P1D")),
  ]

  /// Ages, counts, scores and money: no timex at all.
  static let nonDates: [TemporalCase] = [
    TemporalCase("Drivers under the age of 25 pay more.", dct: "2025-06-09"),
    TemporalCase("The 25-year-old was arrested.", dct: "2025-06-09"),
    TemporalCase("A man, 25 years old, was arrested.", dct: "2025-06-09"),
    TemporalCase("The firm paid $1.5 billion for 1,998 shares.", dct: "2025-06-09"),
    TemporalCase("The home side won 3-1 with 2000 fans watching.", dct: "2025-06-09"),
    TemporalCase("About 1500 people gathered.", dct: "2025-06-09"),
    TemporalCase("She may march on.", dct: "2025-06-09"),
  ]

  @Test(arguments: cases) func finds(_ c: TemporalCase) {
    #expect(c.found() == c.expected)
  }

  @Test(arguments: nonDates) func findsNothingIn(_ c: TemporalCase) {
    #expect(c.found() == [])
  }
}
