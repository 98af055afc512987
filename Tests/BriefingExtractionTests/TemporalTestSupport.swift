import BriefingModels
import Testing

@testable import BriefingExtraction

/// A one-line spec of the tagger: an input, a document date, and what must be found.
struct TemporalCase: CustomTestStringConvertible, Sendable {
  var text: String
  var dct: String?
  /// Expected timexes as (text, type, value); empty when nothing may be found.
  var expected: [Expectation]

  struct Expectation: Sendable, Equatable, CustomStringConvertible {
    var text: String
    var type: Timex.Kind
    var value: String
    var description: String { "\(text) \(type.rawValue) \(value)" }
  }

  init(_ text: String, dct: String? = "1998-01-08", _ expected: (String, Timex.Kind, String)...) {
    self.text = text
    self.dct = dct
    self.expected = expected.map { Expectation(text: $0.0, type: $0.1, value: $0.2) }
  }

  var testDescription: String { "\"\(text)\" @ \(dct ?? "no date")" }

  /// What the tagger finds.
  func found() -> [Expectation] {
    TemporalTagger().tag(text, documentDate: dct.flatMap { CalendarDate(iso: $0) })
      .map { Expectation(text: $0.text, type: $0.type, value: $0.value) }
  }

  func holds() -> Bool { found() == expected }
}
