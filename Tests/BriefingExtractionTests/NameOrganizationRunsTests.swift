import Foundation
import Testing

@testable import BriefingExtraction

/// The organisation runs a model trained with `--organization-runs` reads: a head word of a
/// body of people anywhere in a capitalised run, in English or the languages news quotes, and
/// the short name an article gives such a run in brackets.
@Suite("Name organisation runs")
struct NameOrganizationRunsTests {
  func codes(_ sentence: String, article sentences: [String] = []) -> [String: UInt8] {
    let tokens = Tokenizer.tokens(of: sentence)
    let article = NameOrganizationRuns.Article(
      (sentences + [sentence]).map { Tokenizer.tokens(of: $0) })
    let words = tokens.map { NameFeatures.wordHashes($0.norm).word }
    let codes = NameOrganizationRuns.codes(tokens, words: words, article: article)
    var out: [String: UInt8] = [:]
    for (t, c) in zip(tokens, codes) { out[String(t.text)] = c }
    return out
  }

  @Test("the head word is found at the end, before 'of' or at the front of a foreign name")
  func heads() {
    let english = codes("The New Zealand Government and the Ministry of Defence met.")
    #expect(english["Government"] == 2 && english["Zealand"] == 1 && english["New"] == 1)
    #expect(english["Ministry"] == 2 && english["Defence"] == 1)
    let spanish = codes("Peru joined the Comunidad Andina and the Mercado Común del Sur.")
    #expect(spanish["Comunidad"] == 2 && spanish["Andina"] == 1)
    #expect(spanish["Mercado"] == 2 && spanish["Sur"] == 1)
    #expect(spanish["Peru"] == 0)
  }

  @Test("a run without a head word, or a head word alone, is no organisation run")
  func noRun() {
    let c = codes("Anna Berg said the Government of Peru fell in South America.")
    #expect(c["Anna"] == 0 && c["Berg"] == 0 && c["South"] == 0 && c["America"] == 0)
    #expect(c["Government"] == 2 && c["Peru"] == 1)
    #expect(codes("Government spending rose.")["Government"] == 0)
  }

  @Test("a bracketed short name after an organisation run marks the word in the whole article")
  func shortNames() {
    let first = "Brazil leads the Southern Common Market (Mercosur) this year."
    #expect(codes(first)["Mercosur"] == 3)
    #expect(codes("Mercosur signed a deal.", article: [first])["Mercosur"] == 3)
    #expect(codes("Mercosur signed a deal.")["Mercosur"] == 0)
    #expect(codes("He met Anna Berg (Oslo) there.")["Oslo"] == 0)
  }

  @Test("a model trained with organisation runs writes BNO (BNP with frames) and reads back")
  func header() throws {
    let text = "Acme said profits rose. Anna Berg joined the Acme Group in Oslo.\n"
    let doc = NameTrainer.Document(
      text: text, names: [NameSpan(start: 0, end: 4, kind: .organization)])
    var trainer = NameTrainer(gazetteer: try Gazetteer.builtIn(), epochs: 2, pruneBelow: 0)
    trainer.organizationRuns = true
    let model = trainer.train([doc])
    #expect(model.serialized().prefix(4) == Array("BNO1".utf8)[...])
    let read = try NameModel(bytes: model.serialized())
    #expect(read.organizationRuns && !read.articleFrames && read.memory == .firstTag)
    trainer.articleFrames = true
    let both = try NameModel(bytes: trainer.train([doc]).serialized())
    #expect(both.organizationRuns && both.articleFrames)
    #expect(trainer.train([doc]).serialized().prefix(4) == Array("BNP1".utf8)[...])
  }
}
