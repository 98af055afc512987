import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// The site's JSON files are written by ``SafeJSON``'s own encoder, for speed; their bytes must
/// be what Foundation's `JSONEncoder` (sorted keys, slashes unescaped) gives, with `<`, `>`,
/// `&`, U+2028 and U+2029 then written as `\u` escapes. `reference` is exactly that.
@Suite("SafeJSON: Foundation's bytes, made safe to embed")
struct SafeJSONTests {
  static func reference(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var text = String(decoding: try encoder.encode(value), as: UTF8.self)
    for (raw, escaped) in [
      ("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u{2028}", "\\u2028"),
      ("\u{2029}", "\\u2029"),
    ] {
      text = text.replacingOccurrences(of: raw, with: escaped)
    }
    return Array((text + "\n").utf8)
  }

  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test("the fixture corpus, hostile text included, encodes to the same bytes")
  func corpus() throws {
    let corpus = Fixtures.corpus()
    #expect(Self.text(SafeJSON.encode(corpus)) == Self.text(try Self.reference(corpus)))
  }

  @Test(
    "the timeline's filter data, the data index and the search records encode to the same bytes")
  func exports() throws {
    let index = SiteIndex(corpus: Fixtures.corpus(), config: Fixtures.config)
    let timeline = TimelineData(index: index, paging: TimelinePaging(index.timeline, limit: 200))
    #expect(Self.text(SafeJSON.encode(timeline)) == Self.text(try Self.reference(timeline)))
    let data = DataIndex(index: index)
    #expect(Self.text(SafeJSON.encode(data)) == Self.text(try Self.reference(data)))
    let search = SearchIndex(index: index, paging: TimelinePaging(index.timeline, limit: 200))
    #expect(Self.text(SafeJSON.encode(search)) == Self.text(try Self.reference(search)))
  }

  struct Keys: Codable {
    var b = 1
    var B = 2
    var a_ = 3
    var aB = 4
    var a10 = 5
    var a9 = 6
    var zz: String? = nil
    var yy: String? = "present"
    var map: [String: String] = ["x/y": "1", "X": "2", "é": "3", "a b": "4"]
    var list: [String?] = [nil, "a"]
  }

  @Test("keys sort as JSONEncoder sorts them; absent optionals are left out, nil in a list is null")
  func keys() throws {
    #expect(Self.text(SafeJSON.encode(Keys())) == Self.text(try Self.reference(Keys())))
  }

  @Test("every control character, quote, backslash, slash and separator escapes the same way")
  func strings() throws {
    var all = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
    all += [
      "\"", "\\", "/", "<", ">", "&", "\u{2028}", "\u{2029}", "\u{7F}", "é", "😀", "</script>",
    ]
    let values = all + [all.joined()]
    #expect(Self.text(SafeJSON.encode(values)) == Self.text(try Self.reference(values)))
  }

  @Test("nothing in the output can close a script or start a tag")
  func safe() {
    let bytes = SafeJSON.encode(["</script><!-- & \u{2028}"])
    #expect(!Self.text(bytes).contains("<"))
    #expect(!Self.text(bytes).contains(">"))
    #expect(!Self.text(bytes).contains("&"))
  }
}
