import Foundation
import Testing

@testable import BriefingExtraction

/// The byte-level shortcuts of assembly (relation words, blame phrases, counts) give what the
/// character-level rules give, on real prose and on random ASCII text.
@Suite("Assembly fast paths")
struct AssemblyFastPathTests {
  /// Real texts, their lines, and random ASCII strings made of words, digits and marks.
  static var texts: [String] {
    get throws {
      var texts = try ASCIIFastPathTests.realTexts
      var rng = TimelineMergerEquivalenceTests.SplitMix(state: 16)
      let pieces = [
        "failed to", "Fail", "to", "postponed", "did not show", "no-show", "sabotage", "'s", "'",
        "1,200", "12", "3.5", "prisoners", "killed", "Kyiv", "met", "May", "walked", "out", " ",
        "  ", "\n", "\r\n", ",", ".", "-", "\"", "(", "@", "[", "`", "{", "~", "A", "z",
      ]
      for _ in 0..<2000 {
        texts.append((0..<rng.next(24)).map { _ in pieces[rng.next(pieces.count)] }.joined())
      }
      return texts
    }
  }

  @Test("an ASCII sentence is split into the words the character rule gives")
  func relationWords() throws {
    for text in try Self.texts where text.utf8.allSatisfy({ $0 < 0x80 }) {
      let slow = text.split { !($0.isLetter || $0 == "'" || $0 == "’") }.map(String.init)
      #expect(RelationFinder.words(text) == slow, "\(text.debugDescription)")
    }
  }

  @Test("a failure phrase is found in ASCII text exactly where Foundation finds it")
  func failurePhrases() throws {
    var found = 0
    for text in try Self.texts {
      let lower = text.lowercased()
      let slow = BlameDisagreements.failures.contains(where: lower.contains)
      #expect(BlameDisagreements.saysFailure(lower) == slow, "\(lower.debugDescription)")
      if slow { found += 1 }
    }
    #expect(found > 100)
  }

  @Test("a sentence is split into the count reader's words byte by byte as by characters")
  func countWords() throws {
    for text in try Self.texts + ["a\r\nb 12\r\n prisoners", "12\u{A0}prisoners", "x\n\ny"] {
      let slow = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" })
      #expect(CountReader.words(of: text) == slow, "\(text.debugDescription)")
    }
  }

  @Test("a sentence without an ASCII digit counts nothing; one with counts is still read")
  func countsNeedADigit() {
    #expect(CountReader.counts(in: "Hundreds of prisoners were freed.").isEmpty)
    #expect(CountReader.counts(in: "Some ٣ prisoners were freed.").isEmpty)
    #expect(CountReader.counts(in: "Ukraine freed 1,200 prisoners.").map(\.value) == [1200])
  }
}
