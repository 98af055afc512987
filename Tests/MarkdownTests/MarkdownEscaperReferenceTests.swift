import Testing

@testable import Markdown

/// The escaper works on UTF-8 bytes for speed; it must give exactly what its rules say,
/// scalar by scalar. `reference` is those rules written the plain way.
@Suite("MarkdownEscaper: the byte-level escaper agrees with the rules, scalar by scalar")
struct MarkdownEscaperReferenceTests {
  /// The rules of ``MarkdownEscaper``, one Unicode scalar at a time.
  static func reference(_ text: String) -> String {
    var out = ""
    var hasContent = false
    var breakPending = false
    var spaces = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
        breakPending = true
        continue
      case " ", "\t":
        if !hasContent {
          if !breakPending { out += "&#32;" }
        } else {
          spaces += 1
        }
        continue
      default: break
      }
      if hasContent {
        if breakPending {
          out += " "
        } else {
          out += String(repeating: " ", count: spaces)
        }
      }
      spaces = 0
      breakPending = false
      hasContent = true
      switch scalar {
      case "<": out += "&lt;"
      case "&": out += "&amp;"
      case "\0", "\u{F8F0}", "\u{F8F1}": out += "\u{FFFD}"
      case _ where MarkdownEscaper.isASCIIPunctuation(scalar):
        out += "\\"
        out.unicodeScalars.append(scalar)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Scalars that exercise every branch: ASCII punctuation, whitespace and breaks of every
  /// width in UTF-8, slot sentinels, NUL, letters from two- to four-byte sequences.
  static let alphabet: [Unicode.Scalar] = [
    "a", "Z", "0", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
    "<", "&", "\\", "*", "_", "[", "]", "(", ")", "!", "#", "`", "~", "|", "\0", "\u{F8F0}",
    "\u{F8F1}", "é", "ß", "Д", "€", "\u{00A0}", "日", "\u{FFFD}", "😀", "\u{1F1FA}", "\u{E000}",
  ]

  @Test("10,000 generated strings escape exactly as the scalar rules say")
  func generatedStrings() {
    var rng = SplitMix(seed: 42)
    for _ in 0..<10_000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int(rng.next() % 24) {
        text.append(Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))])
      }
      let s = String(text)
      #expect(MarkdownEscaper.escape(s) == Self.reference(s), "\(s.debugDescription)")
    }
  }

  @Test("texts of letters, digits and spaces, the escaper's shortcut, escape as the rules say")
  func literalStrings() {
    let letters: [Unicode.Scalar] = ["a", "Z", "0", "9", " ", " ", "é", "Д", "日", "😀", "\u{E000}"]
    var rng = SplitMix(seed: 7)
    for _ in 0..<5_000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int(rng.next() % 12) {
        text.append(letters[Int(rng.next() % UInt64(letters.count))])
      }
      let s = String(text)
      #expect(MarkdownEscaper.escape(s) == Self.reference(s), "\(s.debugDescription)")
    }
  }

  @Test("a long article-sized text escapes as the rules say")
  func longText() {
    let paragraph =
      "On 2 June, the Ministry of Defense of the Russian Federation said — in a statement — "
      + "that \"talks\" [in Istanbul] were *productive*.\n\n  Kyiv's reply: <none> & more… 😀\n"
    let text = String(repeating: paragraph, count: 200)
    #expect(MarkdownEscaper.escape(text) == Self.reference(text))
  }
}

/// A small deterministic generator, so a failure can be reproduced.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
