import Testing

@testable import Markdown

@Suite("MarkdownDocument: cmark with raw HTML off, trusted slots")
struct MarkdownDocumentTests {
  @Test("renders CommonMark")
  func renders() {
    let html = MarkdownDocument(parsing: "# Title\n\nSome *text* and [a link](../x/).\n").html()
    #expect(html == "<h1>Title</h1>\n<p>Some <em>text</em> and <a href=\"../x/\">a link</a>.</p>\n")
  }

  @Test("raw HTML and javascript: links written in Markdown are dropped")
  func rawHTMLOff() {
    let html = MarkdownDocument(
      parsing: "<script>alert(1)</script>\n\nx <b>y</b> [z](javascript:alert(1))\n"
    ).html()
    #expect(!html.contains("<script"))
    #expect(!html.contains("<b>"))
    #expect(!html.contains("javascript:"))
  }

  @Test("a marker alone in a paragraph becomes the block fragment; inline markers stay inline")
  func slots() throws {
    let md = "Intro\n\n\(MarkdownSlot.marker(0))\n\nText \(MarkdownSlot.marker(1)) end.\n"
    let html = try MarkdownDocument(parsing: md).html(slots: [
      "<svg role=\"img\"></svg>", "<mark>m</mark>",
    ])
    #expect(html == "<p>Intro</p>\n<svg role=\"img\"></svg>\n<p>Text <mark>m</mark> end.</p>\n")
  }

  @Test("a marker naming a missing slot is an error")
  func missingSlot() {
    #expect(throws: MarkdownSlotError.self) {
      try MarkdownDocument(parsing: "x \(MarkdownSlot.marker(3))").html(slots: [])
    }
  }

  @Test("escaped text cannot forge a slot marker")
  func forgedMarker() throws {
    let escaped = MarkdownEscaper.escape("before \(MarkdownSlot.marker(0)) after")
    let html = try MarkdownDocument(parsing: escaped).html(slots: ["<svg></svg>"])
    #expect(!html.contains("<svg>"))
  }
}
