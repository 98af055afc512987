import Testing

@testable import BriefingSite

/// HTML closes a list item at the next item or at the end of its list, so pages leave out the
/// `</li>` cmark writes after every item.
@Suite("List item ends")
struct ListItemEndsTests {
  static func dropped(_ html: String) -> String {
    String(decoding: ListItemEnds.drop(Array(html.utf8)), as: UTF8.self)
  }

  @Test("every </li> goes; the items and the list stay")
  func drops() {
    #expect(
      Self.dropped(
        "<ul>\n<li>Erdoğan met Zelensky.</li>\n<li id=\"b\"><a href=\"#s2\">Second</a></li>\n</ul>")
        == "<ul>\n<li>Erdoğan met Zelensky.\n<li id=\"b\"><a href=\"#s2\">Second</a>\n</ul>")
  }

  @Test("escaped text that spells the tag is text, and stays")
  func escapedText() {
    let html = "<p>&lt;/li&gt; is a tag</p>\n<ol>\n<li>One</li>\n</ol>"
    #expect(Self.dropped(html) == "<p>&lt;/li&gt; is a tag</p>\n<ol>\n<li>One\n</ol>")
  }

  @Test("a page without list items is returned as it is, even when it ends in a partial tag")
  func unchanged() {
    #expect(Self.dropped("<p>No list</p>") == "<p>No list</p>")
    #expect(Self.dropped("</li") == "</li")
    #expect(Self.dropped("") == "")
  }
}
