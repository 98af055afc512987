import BriefingModels
import Testing

@testable import BriefingExtraction

/// Expressions read against an earlier one, named days, quarter forms of business news, and
/// the verb "last".
@Suite struct TemporalAnaphoraHolidayTests {
  static let cases: [TemporalCase] = [
    TemporalCase(
      "He fled in June 1998 and returned later that year.",
      ("June 1998", .date, "1998-06"), ("later that year", .date, "1998")),
    TemporalCase(
      "The vote was on Oct. 23. The next day, protests began.", dct: "1998-10-30",
      ("Oct. 23", .date, "1998-10-23"), ("The next day", .date, "1998-10-24")),
    TemporalCase(
      "Elian was found Thanksgiving Day.", dct: "1999-12-10",
      ("Thanksgiving Day", .date, "1999-11-25")),
    TemporalCase(
      "Shops close on Christmas Day.", dct: "2024-12-01", ("Christmas Day", .date, "2024-12-25")),
    TemporalCase("Q4 2024 results were strong.", dct: "2025-06-09", ("Q4 2024", .date, "2024-Q4")),
    TemporalCase(
      "Sales rose in the first half of 2025.", dct: "2025-08-01",
      ("the first half of 2025", .date, "2025-H1")),
    TemporalCase(
      "Profit rose in the third quarter from the year-earlier quarter.", dct: "1989-10-25",
      ("the third quarter", .date, "1989-Q3"), ("the year-earlier quarter", .date, "1988-Q3")),
    TemporalCase("Growth slowed in mid-2024.", dct: "2025-06-09", ("mid-2024", .date, "2024")),
    TemporalCase(
      "The deal closes by year-end.", dct: "1989-11-02", ("year-end", .date, "1989-12-31")),
    TemporalCase(
      "The ceasefire would last 30 days.", dct: "2025-06-09", ("30 days", .duration, "P30D")),
    TemporalCase(
      "The summit is on April 24 and 25.", dct: "1999-02-10",
      ("April 24", .date, "1999-04-24"), ("25", .date, "1999-04-25")),
    TemporalCase(
      "It will take a week or so.", dct: "1999-02-10", ("a week or so", .duration, "P1W")),
    TemporalCase(
      "It starts at midnight on May 12.", dct: "2025-05-09",
      ("midnight on May 12", .time, "2025-05-12T24:00")),
  ]

  @Test(arguments: cases) func finds(_ c: TemporalCase) {
    #expect(c.found() == c.expected)
  }
}
