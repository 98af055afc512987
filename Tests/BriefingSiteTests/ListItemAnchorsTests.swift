import Testing

@testable import BriefingSite

@Suite("An anchor that opens a list item becomes the item's id")
struct ListItemAnchorsTests {
  @Test("each opening anchor is hoisted; text around it, accents included, is kept")
  func hoists() {
    let html =
      "<ul>\n<li><span class=\"anchor\" id=\"a-1\"></span> Erdoğan met Zelensky.</li>\n"
      + "<li><span class=\"anchor\" id=\"b\"></span> Second.</li>\n</ul>"
    #expect(
      ListItemAnchors.hoist(html)
        == "<ul>\n<li id=\"a-1\">Erdoğan met Zelensky.</li>\n<li id=\"b\">Second.</li>\n</ul>")
  }

  @Test("an anchor inside the text, or without its closing, stays as it is")
  func leavesOthers() {
    let inside = "<p>Text <span class=\"anchor\" id=\"x\"></span> more</p>"
    #expect(ListItemAnchors.hoist(inside) == inside)
    let unclosed = "<li><span class=\"anchor\" id=\"x\">no close"
    #expect(ListItemAnchors.hoist(unclosed) == unclosed)
    let quoted = "<li><span class=\"anchor\" id=\"x\" y=\"\"></span> z"
    #expect(ListItemAnchors.hoist(quoted) == quoted)
  }

  @Test("a page of many items is rewritten item by item")
  func manyItems() {
    let items = (0..<5000).map {
      "<li><span class=\"anchor\" id=\"e\($0)\"></span> Event \($0).</li>"
    }
    let out = ListItemAnchors.hoist("<ul>\n" + items.joined(separator: "\n") + "\n</ul>")
    #expect(out.hasPrefix("<ul>\n<li id=\"e0\">Event 0.</li>\n<li id=\"e1\">"))
    #expect(out.hasSuffix("<li id=\"e4999\">Event 4999.</li>\n</ul>"))
    #expect(!out.contains("class=\"anchor\""))
  }
}
