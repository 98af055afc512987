import Foundation
import Testing

@testable import BriefingExtraction

@Suite("Tokenizer")
struct TokenizerTests {
  /// Texts that exercise every rule: acronyms, possessives, inner apostrophes, numbers with
  /// separators, hyphens, quotes, brackets, line breaks and every ASCII punctuation mark.
  static let edgeCases: [String] = [
    "The U.S. and U.K. envoys met in the U.N. on Jan. 5.",
    "Russia's delegation, N'Djamena's envoy and Cote d'Ivoire's minister said 'no'.",
    "Growth was 3.5 percent, or 1,200,000 people; 12.30 p.m. 4,5 a,b 1.x",
    "Russian-Ukrainian talks (round 2) [draft] {note} <b> #1 @x $5 %7 ^ & * = + | \\ / ~ `",
    "A. B. Smith, J.R.R. Tolkien, U.S.-led, e.g. i.e. etc. A.b.C.",
    "Line one\r\nline two\n\n\tTabbed\u{0B}vertical\u{0C}feed 'S 's X's s' 's",
    "'", "s", "", " ", "a'", "'s", "Ab'c'd", "x'S", "A.", "A.B", "A.B.", "9.", ".9", "9,9,",
    String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
  ]

  /// Every sentence of the seed article and of the repository's example content.
  static var realSentences: [String] {
    get throws {
      let content = Seed.repositoryRoot.appendingPathComponent("content")
      var texts = [try Seed.text]
      for name in try FileManager.default.contentsOfDirectory(atPath: content.path).sorted()
      where name.hasSuffix(".txt") || name.hasSuffix(".md") {
        texts.append(try String(contentsOf: content.appendingPathComponent(name), encoding: .utf8))
      }
      return texts.flatMap { SentenceSplitter.split($0).map(\.text) }
    }
  }

  @Test("an ASCII sentence gives the same tokens on the fast path as by the Unicode rules")
  func asciiPathMatchesUnicodeRules() throws {
    let sentences = try Self.realSentences + Self.edgeCases
    var compared = 0
    for s in sentences {
      guard let fast = ASCIITokenizer.tokens(of: s) else { continue }
      #expect(fast == Tokenizer.unicodeTokens(of: s), "\(s.debugDescription)")
      compared += 1
    }
    #expect(compared > 50)
  }

  @Test("an ASCII word read from its bytes is the word read character by character")
  func asciiWordsMatchCharacterRules() throws {
    var compared = 0
    for s in try Self.realSentences + Self.edgeCases + ["Zoë met “Müller’s” U.S. envoy 3.5 O’Neil"]
    {
      for token in Tokenizer.tokens(of: s) where token.isWord {
        let bytes = ASCIITokenizer.asciiWord(s, token.range)
        let characters = Tokenizer.characterToken(s, token.range, isWord: true)
        if token.text.unicodeScalars.allSatisfy(\.isASCII) {
          #expect(bytes == characters, "\(token.text)")
          compared += 1
        } else {
          #expect(bytes == nil, "\(token.text)")
        }
      }
    }
    #expect(compared > 500)
  }

  @Test("a text with anything but ASCII takes the Unicode rules")
  func nonASCIIFallsBack() {
    #expect(ASCIITokenizer.tokens(of: "Russia’s envoy") == nil)
    #expect(Tokenizer.tokens(of: "Russia’s envoy").map(\.norm) == ["russia", "'s", "envoy"])
  }
}
