import Testing

@testable import BriefingModels

@Suite struct CalendarDateTests {
  @Test func impossibleDatesAreRejected() {
    #expect(CalendarDate(iso: "2025-02-30") == nil)
    #expect(CalendarDate(iso: "2025-13-01") == nil)
    #expect(CalendarDate(iso: "2025-6-1") == nil)
    #expect(CalendarDate(iso: "2024-02-29") != nil)
    #expect(CalendarDate(iso: "1900-02-29") == nil)
  }

  @Test func onlyTenASCIICharactersInTheISOFormAreADate() {
    for text in [
      "", " 2025-06-02", "2025-06-02 ", "2025-06-02T10", "+025-06-02", "2025/06/02",
      "2025-06-0a", "2025--06-02", "\u{FF12}025-06-02", "2025-06-0\u{0662}", "20250-6-02",
    ] {
      #expect(CalendarDate(iso: text) == nil, "\(text)")
    }
    #expect(CalendarDate(iso: "0001-01-01")?.year == 1)
    #expect(CalendarDate(iso: "2025-06-02")?.day == 2)
  }

  @Test func weekdaysAndWeeks() throws {
    let june2 = try #require(CalendarDate(iso: "2025-06-02"))
    #expect(june2.weekday == 1)  // a Monday
    #expect(june2.isoWeek.year == 2025 && june2.isoWeek.week == 23)
    let jan1 = try #require(CalendarDate(iso: "2021-01-01"))
    #expect(jan1.isoWeek.year == 2020 && jan1.isoWeek.week == 53)
  }

  @Test func dayNumbersRoundTrip() {
    for n in stride(from: -800_000, through: 800_000, by: 997) {
      #expect(CalendarDate(dayNumber: n).dayNumber == n)
    }
    #expect(CalendarDate(iso: "1970-01-01")!.dayNumber == 0)
    #expect(CalendarDate(iso: "2025-06-07")!.adding(days: -5).iso == "2025-06-02")
  }
}
