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
        #expect(bytes == MetadataText.scalarClean(s), "\(s.debugDescription)")
      } else {
        #expect(bytes == nil)
      }
      #expect(MetadataText.clean(s) == MetadataText.scalarClean(s))
    }
  }
}
