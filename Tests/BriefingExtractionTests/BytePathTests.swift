import BriefingModels
import Testing

@testable import BriefingExtraction

/// The name and temporal taggers read words from their bytes in place (session 14, fast2); each
/// reading must give what the string views give, since the model's keys and the grammar's
/// lexicon are keyed by them.
@Suite("Byte readings of the taggers")
struct BytePathTests {
  static let words = [
    "", "a", "an", "the", "Paris", "U.S.", "1998", "São", "Zürich", "naïve", "Ωmega", "东京",
    "e\u{301}", "🇺🇳", "a\r\nb", "’90s", "Erdoğan", "mid-1990s", "x",
  ]

  static var texts: [String] {
    get throws { try ASCIIFastPathTests.realTexts + words }
  }

  @Test("a word's hash, prefix and suffix hashes are those of its utf8 view")
  func wordHashes() throws {
    for text in try Self.texts {
      for word in text.split(separator: " ").map(String.init) + [text] {
        let u = word.utf8
        let parts = NameFeatures.wordHashes(word)
        #expect(parts.word == NameFeatures.hash(u.makeIterator().sequence))
        #expect(parts.word == NameFeatures.hash(word.utf8))
        #expect(parts.prefix == NameFeatures.hash(u.prefix(3)))
        #expect(parts.suffix2 == NameFeatures.hash(u.suffix(2)))
        #expect(parts.suffix3 == NameFeatures.hash(u.suffix(3)))
      }
    }
  }

  @Test("a text's scalars decoded from its bytes are its unicode scalars")
  func scalars() throws {
    for text in try Self.texts {
      #expect(TemporalTokenizer.scalars(of: text) == Array(text.unicodeScalars))
    }
  }

  @Test("temporal tokens are lower-cased as by lowercased()")
  func lowered() throws {
    for text in try Self.texts {
      for t in TemporalTokenizer.tokenize(text) where t.kind == .word {
        #expect(t.lower == t.text.lowercased())
      }
    }
  }

  @Test("a lexicon table answers as its dictionary for keys and other words")
  func wordTable() throws {
    let tables: [TemporalWordTable<Int>] = [
      TemporalLexicon.months, TemporalLexicon.weekdays, TemporalLexicon.numberWords,
      TemporalLexicon.ordinals,
    ]
    let others = try Self.texts.flatMap { TemporalTokenizer.tokenize($0).map(\.lower) }
    for table in tables {
      for word in Array(table.keys) + others + Self.words {
        #expect(table[word] == table.entries[word])
      }
      for key in table.keys { #expect(table[key] != nil) }
    }
    #expect(TemporalLexicon.units["years"] == .year && TemporalLexicon.units["yeast"] == nil)
  }

  @Test("a value's precision read from ASCII bytes is the one read by splitting it")
  func precision() {
    let cases: [(String, EventDate.Precision?)] = [
      ("2025-06-02", .day), ("2025-06-02T10:00", .day), ("XXXX-06-02", .day), ("2025-W23", .week),
      ("2025-W23-2", .week), ("2025-06", .month), ("XXXX-XX", .month), ("2025-Q3", .quarter),
      ("1997-SU", .quarter), ("1997-WI", .week), ("1989-H1", .year), ("2025", .year),
      ("199", .decade), ("19", nil), ("PRESENT_REF", nil), ("P3Y", nil), ("", nil),
      ("2025-6", nil), ("2025-06-2", nil), ("1-2-3-4", nil), ("2025-", nil), ("-06", .month),
      ("2025-SP", .quarter), ("2025-FA", .quarter), ("2025-XY", nil), ("٢٠٢٥", .year),
      ("2025-0٦", .month),
    ]
    for (value, expected) in cases {
      #expect(TimexValue.precision(ofValue: value) == expected, "\(value)")
    }
  }
}

extension IteratorProtocol {
  /// The iterator's elements as a sequence (a path through no contiguous storage).
  fileprivate var sequence: IteratorSequence<Self> { IteratorSequence(self) }
}
