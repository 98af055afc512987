import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction

/// What a name's own words say about it: the head noun types it, titles are no part of a
/// person's name, and the extraction keeps an organisation named after a place whole.
@Suite("Name heads")
struct NameHeadsTests {
  func kind(_ name: String) -> NameKind? {
    let tokens = Tokenizer.tokens(of: name)
    return NameHeads.kind(of: 0..<tokens.count, tokens)
  }

  @Test("the head noun, or the word before 'of', types a name")
  func headNouns() {
    #expect(kind("Museum of Flight") == .place)
    #expect(kind("Kennedy Space Center") == .place)
    #expect(kind("Washington State University") == .organization)
    #expect(kind("University of Copenhagen") == .organization)
    #expect(kind("Labour Party") == .organization)
    #expect(kind("Charles Bolden") == nil)
  }

  @Test("titles that open a person's span are dropped, a title alone is kept")
  func titles() {
    let tokens = Tokenizer.tokens(of: "Administrator Charles Bolden spoke")
    let codes = [UInt8](repeating: 0, count: tokens.count)
    #expect(NameHeads.strippingTitles(0..<3, tokens, codes) == 1..<3)
    let alone = Tokenizer.tokens(of: "Attorney General")
    #expect(NameHeads.strippingTitles(0..<2, alone, [0, 0]) == 0..<2)
  }

  @Test("a capitalised run learns its head's class, word by word")
  func runHeads() {
    let tokens = Tokenizer.tokens(of: "She visited the Museum of Flight in Seattle")
    #expect(NameHeads.runHeads(tokens) == [0, 0, 0, 1, 1, 1, 0, 0])
  }

  @Test("the extraction: no 'I' person, and an organisation named after a capital stays whole")
  func extraction() throws {
    let text =
      "And I think the plan works. She studied at the University of Copenhagen for two years."
    let article = Article(
      meta: ArticleMeta(id: "t", path: "t.txt", title: "", source: "test"), body: text,
      format: .text)
    let extractor = Extractor(gazetteer: try Gazetteer.builtIn(), names: try NameModel.builtIn())
    let names = extractor.names(in: article).map {
      (String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self), $0.kind)
    }
    #expect(!names.contains(where: { $0.0.hasSuffix("I") }))
    #expect(!names.contains(where: { $0.0 == "Copenhagen" && $0.1 == .place }))
  }
}
