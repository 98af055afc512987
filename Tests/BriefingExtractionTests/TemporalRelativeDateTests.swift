import BriefingModels
import Testing

@testable import BriefingExtraction

/// Expressions read against the document date (1998-01-08 is a Thursday, week 2).
@Suite struct TemporalRelativeDateTests {
  static let cases: [TemporalCase] = [
    TemporalCase("Officials said yesterday it was over.", ("yesterday", .date, "1998-01-07")),
    TemporalCase("The talks resume tomorrow.", ("tomorrow", .date, "1998-01-09")),
    TemporalCase("Stocks fell today.", ("today", .date, "1998-01-08")),
    TemporalCase("Prices rose last week.", ("last week", .date, "1998-W01")),
    TemporalCase("Prices rose this week.", ("this week", .date, "1998-W02")),
    TemporalCase("Prices rose last month.", ("last month", .date, "1997-12")),
    TemporalCase("Prices will rise next year.", ("next year", .date, "1999")),
    TemporalCase("Prices rose earlier this month.", ("earlier this month", .date, "1998-01")),
    TemporalCase("The plant closed two years ago.", ("two years ago", .date, "1996")),
    TemporalCase("The plant closed three days ago.", ("three days ago", .date, "1998-01-05")),
    TemporalCase("He resigned on Monday.", ("Monday", .date, "1998-01-05")),
    TemporalCase("He will resign on Monday.", ("Monday", .date, "1998-01-12")),
    TemporalCase("He resigned last Friday.", ("last Friday", .date, "1998-01-02")),
    TemporalCase("It rained last summer.", ("last summer", .date, "1997-SU")),
    TemporalCase("Markets are now calmer.", ("now", .date, "PRESENT_REF")),
    TemporalCase("He is currently abroad.", ("currently", .date, "PRESENT_REF")),
    TemporalCase("He recently moved.", ("recently", .date, "PAST_REF")),
    TemporalCase("They worry about the future.", ("the future", .date, "FUTURE_REF")),
    TemporalCase("Yesterday there was rain.", dct: nil, ("Yesterday", .date, "XXXX-XX-XX")),
  ]

  @Test(arguments: cases) func finds(_ c: TemporalCase) {
    #expect(c.found() == c.expected)
  }
}
