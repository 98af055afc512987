import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction

/// Reading values back (precision) and the `briefing timex` output.
@Suite struct TemporalValueTests {
  @Test func precisionOfValues() {
    let expected: [(String, EventDate.Precision?)] = [
      ("2025-06-02", .day), ("2025-06-02T10:00", .day), ("2025-W23", .week),
      ("2025-W23-WE", .week), ("2025-06", .month), ("1998-Q3", .quarter), ("1997-SU", .quarter),
      ("2025", .year), ("199", .decade), ("XXXX-06-02", .day), ("PRESENT_REF", nil), ("P3Y", nil),
    ]
    for (value, precision) in expected {
      #expect(TemporalTagger.precision(ofValue: value) == precision, "\(value)")
    }
  }

  @Test func offsetsCountUnicodeScalars() throws {
    let text = "Café talks 🇺🇦 resumed on June 7."
    let t = try #require(
      TemporalTagger().tag(text, documentDate: CalendarDate(iso: "2025-06-09")).first)
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == "June 7")
  }

  @Test func timexCommandOutputIsTheArrayOnly() throws {
    let json = try TimexJSON.render(
      "On Monday, June 2, talks began.", documentDate: CalendarDate(iso: "2025-06-09"))
    let decoded = try JSONDecoder().decode([Timex].self, from: Data(json.utf8))
    #expect(
      decoded == [
        Timex(start: 3, end: 17, text: "Monday, June 2", type: .date, value: "2025-06-02")
      ])
  }

  @Test func impossibleDocumentDateIsAnError() {
    #expect(throws: TimexJSON.Failure.self) { try TimexJSON.documentDate("2025-02-30") }
    #expect((try? TimexJSON.documentDate("2025-06-09")) == CalendarDate(iso: "2025-06-09"))
  }
}
