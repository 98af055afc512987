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

  @Test func isoIsFourDigitYearMonthDayPaddedWithZeros() throws {
    #expect(try #require(CalendarDate(year: 2025, month: 6, day: 7)).iso == "2025-06-07")
    #expect(try #require(CalendarDate(year: 987, month: 12, day: 31)).iso == "0987-12-31")
    #expect(try #require(CalendarDate(year: 0, month: 1, day: 1)).iso == "0000-01-01")
    #expect(try #require(CalendarDate(year: 9999, month: 10, day: 10)).iso == "9999-10-10")
    // Years outside 0...9999 keep the old form: every digit, a sign when negative.
    #expect(try #require(CalendarDate(year: 12345, month: 1, day: 2)).iso == "12345-01-02")
    #expect(try #require(CalendarDate(year: -44, month: 3, day: 15)).iso == "0-44-03-15")
    // Every day of a span reads back as itself.
    for n in stride(from: -719_528, through: 2_932_896, by: 7_919) {
      let d = CalendarDate(dayNumber: n)
      #expect(CalendarDate(iso: d.iso) == d)
    }
  }
}
