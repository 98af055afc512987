import Testing

@testable import BriefingSite

/// Text becomes HTML/XML text: markup characters are entities, characters XML forbids become
/// U+FFFD, and everything else, whatever its script, stays as it was.
@Suite struct HTMLEscaperTests {
  @Test func markupCharactersBecomeEntities() {
    #expect(
      HTMLEscaper.escape(#"<script>alert("x" & 'y')</script>"#)
        == "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
  }

  @Test func forbiddenCharactersBecomeTheReplacementCharacter() {
    #expect(
      HTMLEscaper.escape("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}")
        == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
  }

  @Test func everythingElseIsKept() {
    let text = "Tab\tline\nCR\r Zelensky — Зеленський, 東京 🇺🇦 \u{FFFD} \u{F000} \u{FFEF}"
    #expect(HTMLEscaper.escape(text) == text)
    #expect(HTMLEscaper.escape("") == "")
  }

  /// The byte-level escaper gives what escaping scalar by scalar gives, on text mixing every
  /// kind of character (the 0xEF lead byte of U+FFFE/U+FFFF also starts harmless ones).
  @Test func sameAsEscapingScalarByScalar() {
    let pieces: [String] = [
      "a", "&", "<", ">", "\"", "'", "\u{0}", "\u{9}", "\u{A}", "\u{B}", "\u{1F}", "\u{7F}", "é",
      "Ж", "東", "🇺🇦", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{F000}", "\u{FFBF}", "\u{EFFF}",
    ]
    var seed: UInt64 = 7
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33)
    }
    for _ in 0..<3000 {
      let text = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
      #expect(HTMLEscaper.escape(text) == Self.scalarEscape(text), "\(text.debugDescription)")
    }
  }

  /// Escaping one Unicode scalar at a time, kept as the oracle.
  static func scalarEscape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
        out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
