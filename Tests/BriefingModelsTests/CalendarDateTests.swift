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
