import BriefingModels
import Testing

@testable import BriefingExtraction

/// Whatever the text, the tagger returns well-formed expressions: in order, not overlapping,
/// inside the text, their `text` equal to the scalars they span.
@Suite struct TemporalRobustnessTests {
  static let vocabulary = [
    "the", "end", "of", "last", "next", "this", "early", "mid", "-", "'", "’", "s", "a", "few",
    "June", "May", "Sept.", "Monday", "Friday", "night", "year", "years", "ago", "earlier", "Q4",
    "FY2025", "1998", "2", "31", "12:30", "a.m.", "p.m", "$", "1.5", "1,998", "/", ",", ".", "(",
    "every", "other", "quarter", "third", "half", "Christmas", "Day", "New", "Year's", "Eve",
    "Thanksgiving", "decade", "1990s", "nineteen", "ninety-six", "two", "thousand", "Café", "🇺🇦",
    "at", "least", "more", "than", "weekend", "today's", "Today", "now", "recent", "\n", "\n\n",
    "year-earlier", "25-year-old", "age", "2025-06-02", "06/02/2025", "noon", "midnight", "on",
  ]

  /// A deterministic stream of texts made from tricky words.
  static func texts(count: Int) -> [String] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    return (0..<count).map { _ in
      (0..<(5 + next() % 40)).map { _ in vocabulary[next() % vocabulary.count] }
        .joined(separator: next() % 5 == 0 ? "" : " ")
    }
  }

  @Test func expressionsAreWellFormedForAnyText() {
    let tagger = TemporalTagger()
    let dates: [CalendarDate?] = [
      CalendarDate(iso: "2025-06-09"), CalendarDate(iso: "1998-01-01"), nil,
    ]
    for (n, text) in Self.texts(count: 600).enumerated() {
      let scalars = Array(text.unicodeScalars)
      var last = 0
      for t in tagger.tag(text, documentDate: dates[n % 3]) {
        #expect(t.start >= last && t.start < t.end && t.end <= scalars.count, "\(text)")
        #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == t.text)
        #expect(!t.value.isEmpty)
        last = t.end
      }
    }
  }

  @Test func repetitiveTextDoesNotRecurseDeeply() {
    let text = String(repeating: "the end of the ", count: 5_000) + "year"
    #expect(TemporalTagger().tag(text, documentDate: CalendarDate(iso: "2025-06-09")).count <= 1)
  }
}
