import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// `briefing extract` prints through ``PrettyJSON``, for speed; its bytes must be what
/// Foundation's `JSONEncoder` gives with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`, which is what it printed before.
@Suite("PrettyJSON: Foundation's pretty-printed bytes")
struct PrettyJSONTests {
  static func reference(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func pretty(_ value: some Encodable) throws -> String {
    String(decoding: try PrettyJSON.encode(value), as: UTF8.self)
  }

  @Test("the fixture corpus's briefings, hostile text included, one and several")
  func briefings() throws {
    let contracts = Fixtures.corpus().briefings.map(BriefingContract.init)
    #expect(!contracts.isEmpty)
    #expect(try Self.pretty(contracts) == Self.reference(contracts))
    for contract in contracts {
      #expect(try Self.pretty(contract) == Self.reference(contract))
    }
  }

  struct Shapes: Codable {
    var empty: [Int] = []
    var emptyMap: [String: Int] = [:]
    var nested: [[Int]] = [[1, 2], [], [3]]
    var objects: [[String: [String]]] = [["b": [], "a": ["x"]], [:]]
    var absent: String? = nil
    var present: String? = "yes"
    var list: [String?] = [nil, "a"]
    var flag = false
    var negative = -42
  }

  @Test("empty and nested arrays and objects, optionals, booleans and numbers lay out the same")
  func shapes() throws {
    #expect(try Self.pretty(Shapes()) == Self.reference(Shapes()))
    #expect(try Self.pretty([Shapes(), Shapes()]) == Self.reference([Shapes(), Shapes()]))
    #expect(try Self.pretty([Int]()) == Self.reference([Int]()))
  }

  @Test("control characters, quotes and backslashes escape; slashes, markup and separators do not")
  func strings() throws {
    var all = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
    all += [
      "\"", "\\", "/", "<", ">", "&", "\u{2028}", "\u{2029}", "\u{7F}", "é", "😀", "</script>",
    ]
    let values = all + [all.joined()]
    #expect(try Self.pretty(values) == Self.reference(values))
    #expect(try Self.pretty(["</a> & b"]).contains("</a> & b"))
  }
}
