import BriefingModels
import Testing

@testable import BriefingExtraction

/// Absolute and partial dates in the forms news writes them.
@Suite struct TemporalAbsoluteDateTests {
  static let cases: [TemporalCase] = [
    // The seed article.
    TemporalCase(
      "On Monday, June 2, the talks began.", dct: "2025-06-09",
      ("Monday, June 2", .date, "2025-06-02")),
    TemporalCase("They met again on June 7.", dct: "2025-06-09", ("June 7", .date, "2025-06-07")),
    TemporalCase(
      "It was signed June 2, 2025.", dct: "2025-08-01", ("June 2, 2025", .date, "2025-06-02")),
    TemporalCase("It was signed 2 June 2025.", ("2 June 2025", .date, "2025-06-02")),
    TemporalCase("Filed on 2025-06-02 in Geneva.", ("2025-06-02", .date, "2025-06-02")),
    TemporalCase("Filed on 06/02/2025 in Geneva.", ("06/02/2025", .date, "2025-06-02")),
    TemporalCase(
      "Sales rose in Sept. 30 figures.", dct: "1989-10-20", ("Sept. 30", .date, "1989-09-30")),
    TemporalCase("The deal closes Dec. 20.", dct: "2025-01-05", ("Dec. 20", .date, "2024-12-20")),
    TemporalCase("He left on June 2.", dct: nil, ("June 2", .date, "XXXX-06-02")),
    TemporalCase("Prices peaked in June 2025.", ("June 2025", .date, "2025-06")),
    TemporalCase("Prices peaked in January.", ("January", .date, "1998-01")),
    TemporalCase("The war ended in 1998.", ("1998", .date, "1998")),
    TemporalCase("Growth was strong in the 1990s.", ("the 1990s", .date, "199")),
    TemporalCase("Results for fiscal 1989 were weak.", ("fiscal 1989", .date, "1989")),
    TemporalCase(
      "Profit rose in the third quarter.", dct: "1998-10-20",
      ("the third quarter", .date, "1998-Q3")),
    TemporalCase(
      "Third-quarter profit rose.", dct: "1998-10-20", ("Third-quarter", .date, "1998-Q3")),
    TemporalCase("Output fell in summer 1997.", ("summer 1997", .date, "1997-SU")),
    // A number after the comma that counts something is no year of the date before it.
    TemporalCase(
      "On February 20, 1044 refugees left Kosovo.", dct: "2025-02-25",
      ("February 20", .date, "2025-02-20")),
    TemporalCase(
      "In early July, 1012 diplomats crossed into Mexico.", dct: "2024-07-24",
      ("early July", .date, "2024-07")),
    TemporalCase(
      "On 20 February, 1800 people left.", dct: "2025-02-25",
      ("20 February", .date, "2025-02-20")),
    TemporalCase(
      "In March, 1262 children were returned to Somalia.", dct: "2023-03-20",
      ("March", .date, "2023-03")),
    TemporalCase(
      "On Sunday, February 26, 1050 medical workers crossed into Nigeria.", dct: "2023-04-12",
      ("Sunday, February 26", .date, "2023-02-26")),
    // A modern year keeps its date even before lower-case words.
    TemporalCase(
      "On March 5, 1998 state officials said so.", dct: "1998-04-01",
      ("March 5, 1998", .date, "1998-03-05")),
    TemporalCase(
      "It was signed on June 2, 2025 in Geneva.", dct: "2025-08-01",
      ("June 2, 2025", .date, "2025-06-02")),
  ]

  @Test(arguments: cases) func finds(_ c: TemporalCase) {
    #expect(c.found() == c.expected)
  }
}
