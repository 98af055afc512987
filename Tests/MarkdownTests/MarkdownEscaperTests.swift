import Testing

@testable import Markdown

/// Hostile inputs, escaped and placed where templates put values: after cmark, each must read as
/// the same text and carry none of the markup it spells.
@Suite("MarkdownEscaper: text stays text")
struct MarkdownEscaperTests {
  static let hostile: [String] = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "# heading",
    "## two\n# lines",
    "*emph* and _emph_ and **strong** and __strong__",
    "![img](x.png)",
    "`code` and ``more``",
    "```\nfenced\n```",
    "&amp; &lt;b&gt; &#60;script&#62; &copy;",
    "1. first",
    "1) first",
    "- item",
    "+ item",
    "* item",
    "> quote",
    "<!-- comment -->",
    "<http://example.com>",
    "<mailto:a@b.c>",
    "[ref]: http://evil.example/",
    "[ref]",
    "---",
    "===",
    "    indented code",
    "\tindented by tab",
    "line one\n\n    code after a blank line",
    "hard  \nbreak",
    "a\\*b\\",
    "<div onclick=\"x()\">block</div>",
    "<img src=x onerror=alert(1)>",
    "| a | b |\n|---|---|",
    "~~~\nfence\n~~~",
    "Slot \u{F8F0}0\u{F8F1} forged",
  ]

  static func render(_ markdown: String) -> MarkdownDocument { MarkdownDocument(parsing: markdown) }

  @Test("hostile text renders as one paragraph of plain text", arguments: hostile)
  func plainParagraph(input: String) {
    let doc = Self.render(MarkdownEscaper.escape(input))
    var kinds: [MarkdownNode.Kind] = []
    doc.walk { kinds.append($0.kind) }
    #expect(kinds == [.document, .paragraph, .text], "\(input) → \(kinds)")
  }

  @Test("hostile text inside link text and list items stays text", arguments: hostile)
  func inContext(input: String) {
    let e = MarkdownEscaper.escape(input)
    let doc = Self.render(
      "- [\(e)](\(MarkdownEscaper.escape("../a/")) \"\(e)\")\n- \(e)\n\n> \(e)\n\n# \(e)\n")
    var links: [String] = []
    var forbidden: [MarkdownNode.Kind] = []
    doc.walk { node in
      if node.kind == .link { links.append(node.url ?? "") }
      if [
        .image, .htmlInline, .htmlBlock, .code, .codeBlock, .emphasis, .strong, .lineBreak,
        .customInline, .customBlock,
      ]
      .contains(node.kind) {
        forbidden.append(node.kind)
      }
    }
    #expect(links == ["../a/"])
    #expect(forbidden.isEmpty, "\(input) → \(forbidden)")
  }

  @Test("the rendered text is the input text, whitespace folded", arguments: hostile)
  func roundTrip(input: String) {
    var text = ""
    Self.render(MarkdownEscaper.escape(input)).walk {
      if $0.kind == .text { text += $0.literal ?? "" }
    }
    // Line breaks and the blanks around them fold into one space; tabs become spaces;
    // trailing blanks go; leading blanks stay (as entities).
    var folded = input.replacing(/[ \t]*[\r\n]+[ \t\r\n]*/, with: "\n")
    while folded.first == "\n" { folded.removeFirst() }
    while folded.last == "\n" || folded.last == " " || folded.last == "\t" { folded.removeLast() }
    let expected = String(
      String.UnicodeScalarView(
        folded.unicodeScalars.map {
          $0 == "\u{F8F0}" || $0 == "\u{F8F1}" ? "\u{FFFD}" : $0 == "\n" || $0 == "\t" ? " " : $0
        }))
    #expect(text == expected)
  }

  @Test("HTML output contains no tag spelled by the input", arguments: hostile)
  func noTags(input: String) {
    let html = Self.render(MarkdownEscaper.escape(input)).html()
    #expect(html.hasPrefix("<p>") && html.hasSuffix("</p>\n"))
    let inner = html.dropFirst(3).dropLast(5)
    #expect(!inner.contains("<"), "\(html)")
  }

  @Test("escaping keeps letters, digits and non-ASCII text as they are")
  func keepsText() {
    #expect(MarkdownEscaper.escape("Zelensky 2025 Київ") == "Zelensky 2025 Київ")
    #expect(MarkdownEscaper.escape("a.b") == "a\\.b")
    #expect(MarkdownEscaper.escape("<&") == "&lt;&amp;")
    #expect(MarkdownEscaper.escape("  x") == "&#32;&#32;x")
  }

  @Test("escaping into a byte buffer appends exactly what escape returns")
  func escapeIntoBuffer() {
    let long = String(repeating: "Talks <in> Istanbul & more. ", count: 700)
    for text in Self.hostile + ["", "plain", "  lead", "é\u{2028}x", long] {
      var output = Array("prefix ".utf8)
      MarkdownEscaper.escape(text, into: &output)
      #expect(String(decoding: output, as: UTF8.self) == "prefix " + MarkdownEscaper.escape(text))
    }
  }
}
