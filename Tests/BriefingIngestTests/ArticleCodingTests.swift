import BriefingModels
import Foundation
import Testing

@testable import BriefingIngest

/// Articles are stored in `ArticleCoding`'s hand-written form (the reading cache's records,
/// the extraction cache's heads): they read back equal, damaged bytes read as nothing, and
/// every field is written.
@Suite("An article's stored bytes")
struct ArticleCodingTests {
  static let full = Article(
    meta: ArticleMeta(
      id: "kyiv-talks", path: "content/2025-06-02-kyiv.md", title: "Talks in Kyiv",
      published: "2025-06-02", source: "The Ledger", url: "https://example.org/a",
      author: "A. Writer", tags: ["talks", "Ukraine"]),
    body: "Delegates met in Kyiv on Monday. — «Quoted» text, ünïcode.\n", format: .markdown,
    bodyLine: 9, dateOrigin: .fileName, partyHints: ["Kyiv City Council"])

  @Test("an article reads back equal; cut, padded or damaged bytes read as nothing")
  func roundTrip() {
    let bare = Article(
      meta: ArticleMeta(id: "a", path: "a.txt", title: ""), body: "", format: .text)
    for article in [Self.full, bare] {
      let bytes = ArticleCoding.encode(article)
      #expect(ArticleCoding.decode(Data(bytes)) == article)
      #expect(ArticleCoding.decode(Data(bytes.dropLast())) == nil)
      #expect(ArticleCoding.decode(Data(bytes + [0])) == nil)
    }
    var bytes = ArticleCoding.encode(Self.full)
    bytes[bytes.count / 2] ^= 0xFF
    #expect(ArticleCoding.decode(Data(bytes)) == nil)  // the checksum catches it
  }

  @Test("every field is written: changing any one changes the bytes (add new ones here)")
  func coversEveryField() {
    func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
    #expect(
      fields(Self.full) == ["meta", "body", "format", "bodyLine", "dateOrigin", "partyHints"])
    #expect(
      fields(Self.full.meta) == [
        "id", "path", "title", "published", "source", "url", "author", "tags",
      ])
    let edits: [(inout Article) -> Void] = [
      { $0.meta.id = "x" }, { $0.meta.path = "x" }, { $0.meta.title = "x" },
      { $0.meta.published = nil }, { $0.meta.source = nil }, { $0.meta.url = nil },
      { $0.meta.author = nil }, { $0.meta.tags = [] }, { $0.body = "x" },
      { $0.format = .text }, { $0.bodyLine = 1 }, { $0.dateOrigin = .text },
      { $0.partyHints = [] },
    ]
    let original = ArticleCoding.encode(Self.full)
    for edit in edits {
      var a = Self.full
      edit(&a)
      #expect(ArticleCoding.encode(a) != original)
      #expect(ArticleCoding.decode(Data(ArticleCoding.encode(a))) == a)
    }
  }
}
