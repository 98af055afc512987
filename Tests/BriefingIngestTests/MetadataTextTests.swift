import Testing

@testable import BriefingIngest

/// `MetadataText.clean` gives the same text on its ASCII byte path as scalar by scalar.
@Suite("Metadata text")
struct MetadataTextTests {
  static let samples = [
    "", " ", "Talks resume", "  Talks \t resume\r\n in Geneva  ", "a\u{7F}b", "\u{1}x\u{1F}y",
    "tab\tand\nnewline", "end ", " start", "Ünïcode  title", "a\u{202E}b", "x\u{85}y",
  ]

  @Test("white space and controls become one space between words, none at the ends")
  func cleaned() {
    #expect(MetadataText.clean("  Talks \t resume\r\n in Geneva  ") == "Talks resume in Geneva")
    #expect(MetadataText.clean("a\u{7F}b") == "a b")
    #expect(MetadataText.clean("x\u{85}y") == "x y")
  }

  @Test("the byte path answers as the scalar path, and declines text that is not ASCII")
  func bytePath() {
    for s in Self.samples {
      var copy = s
      let bytes = copy.withUTF8 { MetadataText.asciiClean($0) }
      if s.utf8.allSatisfy({ $0 < 0x80 }) {
        #expect(bytes == Self.scalarClean(s), "\(s.debugDescription)")
      } else {
        #expect(bytes == nil)
      }
      #expect(MetadataText.clean(s) == Self.scalarClean(s))
    }
  }

  /// The rule scalar by scalar, as `clean` reads text that is not ASCII.
  static func scalarClean(_ s: String) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in s.unicodeScalars {
      let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
      let isBidi =
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
      if isControl || scalar.properties.isWhitespace || isBidi {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace { out.append(" ") }
      pendingSpace = false
      out.unicodeScalars.append(scalar)
    }
    return out
  }
}
