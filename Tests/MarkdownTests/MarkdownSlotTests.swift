import Testing

@testable import Markdown

@Suite("MarkdownSlot: markers found in text, the text around them kept as it is")
struct MarkdownSlotTests {
  let open = "\u{F8F0}"
  let close = "\u{F8F1}"

  @Test("markers split text into runs and slot indices, in order")
  func splits() {
    let text = "Käse \(MarkdownSlot.marker(12))\(MarkdownSlot.marker(3)) — fin"
    #expect(
      MarkdownSlot.pieces(of: text) == [.text("Käse "), .slot(12), .slot(3), .text(" — fin")])
    #expect(MarkdownSlot.pieces(of: MarkdownSlot.marker(0)) == [.slot(0)])
    #expect(MarkdownSlot.pieces(of: "") == [])
  }

  @Test("an unfinished or malformed marker stays text, and a marker after it is still found")
  func malformed() {
    for text in [
      "a\(open)b", "a\(open)\(close)b", "a\(open)12", "a\(open)12b\(close)", "\(open)",
      "x\(close)9", "a\(open)99999999999999999999999\(close)b", "a\(open)\u{0663}\(close)",
    ] {
      #expect(MarkdownSlot.pieces(of: text) == [.text(text)], "\(text.debugDescription)")
    }
    #expect(
      MarkdownSlot.pieces(of: "\(open)x\(MarkdownSlot.marker(7))")
        == [.text("\(open)x"), .slot(7)])
  }
}
