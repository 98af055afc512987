import Foundation
import Testing

@testable import BriefingExtraction

/// The byte-level paths taken for plain ASCII text give what the character-level rules give.
@Suite("ASCII fast paths")
struct ASCIIFastPathTests {
  static let edgeCases: [String] = [
    "Mr. Smith met Gen. Jones on Jan. 5 in St. Petersburg. Growth was 3.5 percent.",
    "The U.S. Treasury agreed. Talks began in the U.S. The envoy left. I. Then A. B. Smith.",
    "\"Is it over?\" he asked. Yes!! (Really.) 'Quoted.' [Bracket.] Jan. Feb. 3 e.g. Fine.",
    "Headline without stop\nNext line here.\n\n  \t\nNew paragraph... 12 days. a.m. The end",
    "No end mark\n\n\nTrailing spaces.   \n", "", " ", ".", "A.", "?!", "x. y. Z",
    "**Bold** _under_score_ snake_case `code` ![img](a.png) [link](http://x.y/(z)) <b>tag</b>",
    "a < b > c <3 </i> [unclosed ]( (parens) _x _ y_ __init__ * list",
    String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
  ]

  /// The seed article, the repository's example content and their lines.
  static var realTexts: [String] {
    get throws {
      let content = Seed.repositoryRoot.appendingPathComponent("content")
      var texts = [try Seed.text]
      for name in try FileManager.default.contentsOfDirectory(atPath: content.path).sorted()
      where name.hasSuffix(".txt") || name.hasSuffix(".md") {
        texts.append(try String(contentsOf: content.appendingPathComponent(name), encoding: .utf8))
      }
      let lines = texts.flatMap { $0.split(separator: "\n").map(String.init) }
      // Plain-ASCII versions of the real texts, so the fast paths see real prose too.
      let ascii = texts.map { String($0.unicodeScalars.filter(\.isASCII).map(Character.init)) }
      return texts + lines + ascii + edgeCases
    }
  }

  @Test("sentences of a plain ASCII text are split as by the character rules")
  func splitter() throws {
    var compared = 0
    for text in try Self.realTexts {
      guard let fast = ASCIISentenceSplitter.split(text) else { continue }
      #expect(fast == CharacterRules.split(text), "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 20)
  }

  @Test("inline markup of a plain ASCII line is removed as by the character rules")
  func inlineMarkup() throws {
    var compared = 0
    for text in try Self.realTexts {
      guard let fast = PlainText.asciiInline(text) else { continue }
      #expect(fast == CharacterRules.inline(text), "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 20)
  }

  @Test("lines and word counts of plain ASCII text are those of the character rules")
  func linesAndWords() throws {
    for text in try Self.realTexts + Self.unicodeCases + [
      "", "\n", "a\n\nb\n", "  two  words  ", "a \u{301}b c", "\u{0600} x y",
    ] {
      #expect(PlainText.lines(of: text) == CharacterRules.lines(of: text))
      #expect(Summarizer.wordCount(text) == text.split(separator: " ").count)
    }
  }

  /// Non-ASCII texts: curly quotes, accents precomposed and combining, emoji sequences, "\r\n".
  static let unicodeCases: [String] = [
    "“Is it over?” he asked. «Oui.» ‘Fine.’ Next… And then?! Done.",
    "Café owners met Mr. Müller. Zoë left. e\u{301}. Next one. Ünter. A\u{301}bc.",
    "Flags 🇺🇦🇷🇺. Family 👨‍👩‍👧 arrived. Skin 👍🏽. Next.",
    "One.\r\nTwo.\r\n\r\nThree. \u{2028}Four.\u{00A0}Five.",
    "**Gras** _sous_ligné_ é_x x_\u{301} `code` ![img](a.png) [lien](http://x.y/(z)) <b>tag</b> <é>",
    "a\u{301}_b _\u{301}c [x](y\u{301}) <\u{301}> Jan. 5 U.S. “The” end.",
    "Ελλάδα είπε. Москва заявила. “Ja.” — Ü. Dr. Ñandú… 5 € ’s Zoë’s O’Neil’s 3,5 Ⅻ. «Ça» va.",
  ]

  /// Every text the tests know, with each real text's lines.
  static var allTexts: [String] {
    get throws {
      let texts = try realTexts + unicodeCases
      return texts + texts.flatMap { $0.split(separator: "\n").map(String.init) }
    }
  }

  @Test("sentences of any text are split as by the reference character rules")
  func unicodeSplitter() throws {
    for text in try Self.allTexts {
      #expect(
        SentenceSplitter.unicodeSplit(text) == CharacterRules.split(text),
        "\(text.debugDescription)")
    }
  }

  @Test("inline markup of any line is removed as by the reference character rules")
  func unicodeInlineMarkup() throws {
    for text in try Self.allTexts {
      #expect(
        PlainText.unicodeInline(text) == CharacterRules.inline(text), "\(text.debugDescription)")
      #expect(
        PlainText.lines(of: text) == CharacterRules.lines(of: text), "\(text.debugDescription)")
    }
  }

  @Test("tokens of any text are those of the reference character rules")
  func unicodeTokens() throws {
    var sentences = 0
    for text in try Self.allTexts {
      for sentence in SentenceSplitter.split(text).map(\.text) + [text] {
        #expect(
          Tokenizer.unicodeTokens(of: sentence) == CharacterRules.tokens(of: sentence),
          "\(sentence.debugDescription)")
        sentences += 1
      }
    }
    #expect(sentences > 100)
  }

  @Test("a text of stand-alone scalars is read scalar by scalar, any other character by character")
  func scalarReading() {
    #expect(CharacterText.scalarByScalar("“Café” — Zoë’s 5 €, «Oui»… Ελλάδα, Москва.") != nil)
    for text in ["e\u{301}", "One.\r\nTwo.", "👍🏽", "🇺🇦", "a\u{200D}b", "한국", "\u{0483}x"] {
      #expect(CharacterText.scalarByScalar(text) == nil, "\(text.debugDescription)")
    }
    for text in try! Self.allTexts {
      let read = CharacterText(text)
      let reference = CharacterText.characterByCharacter(text)
      #expect(read.codes == reference.codes, "\(text.debugDescription)")
      #expect(read.classes == reference.classes, "\(text.debugDescription)")
      #expect(read.scalarOffsets == reference.scalarOffsets, "\(text.debugDescription)")
      #expect(read.utf8Offsets == reference.utf8Offsets, "\(text.debugDescription)")
    }
  }

  @Test("every stand-alone scalar is a character of its own beside any other")
  func standAloneScalars() {
    var checked = 0
    for range in StandAloneScalars.ranges {
      for value in range {
        let x = String(Unicode.Scalar(value)!)
        #expect(("a" + x).count == 2 && (x + "a").count == 2 && (x + x).count == 2, "\(value)")
        #expect(StandAloneScalars.contains(value))
        checked += 1
      }
    }
    for value: UInt32 in [0x0300, 0x036F, 0x0483, 0x200C, 0x200D, 0x1F3FB, 0x1100, 0x0600] {
      #expect(!StandAloneScalars.contains(value), "\(value)")
    }
    #expect(checked > 1_500)
  }

  @Test("a role names a woman when it contains \"woman\"")
  func womanRoles() {
    for role in ["spokeswoman", "woman", "chairwoman of x", "spokesman", "wo man", "", "womán"] {
      #expect(StatementFinder.containsWoman(role) == role.contains("woman"), "\(role)")
    }
  }

  @Test("text with a carriage return or beyond ASCII takes the character rules")
  func fallbacks() {
    #expect(ASCIISentenceSplitter.split("One.\r\n\r\nTwo.") == nil)
    #expect(ASCIISentenceSplitter.split("“Quoted.” Next.") == nil)
    #expect(PlainText.asciiInline("a\r\nb") == nil)
    #expect(SentenceSplitter.split("One.\r\n\r\nTwo.").map(\.text) == ["One.", "Two."])
  }
}
