import Foundation
import Testing

@testable import BriefingExtraction

/// The article frames a model trained with `--article-frames` reads: which capitalised words
/// the article puts in an organisation's frame, which it uses as products or works, and that
/// such a model says so in its file.
@Suite("Name frames")
struct NameFramesTests {
  func article(_ sentences: [String]) -> NameFrames.Article {
    NameFrames.Article(sentences.map { Tokenizer.tokens(of: $0) })
  }

  func code(_ word: String, in frames: NameFrames.Article) -> UInt64 {
    frames.code(NameFeatures.wordHashes(word).word)
  }

  @Test("a company that speaks, has a chief or has shares is framed as an organisation")
  func organisationFrames() {
    let frames = article([
      "Acme said on Monday that profits rose.", "Globex's chief executive resigned.",
      "Investors sold shares of Initech.", "The robot runs ROS on a laptop.",
    ])
    #expect(code("acme", in: frames) == 1)
    #expect(code("globex", in: frames) == 1)
    #expect(code("initech", in: frames) == 1)
    #expect(code("ros", in: frames) == 2)
  }

  @Test("a product noun, a possessive or a plural beside the singular makes a product")
  func productFrames() {
    let frames = article([
      "She opened the Firefox browser.", "He bought my PlayStation.",
      "Warhol took a Polaroid of her.", "The Polaroids hang in the museum.",
      "Nobody mentioned Zorblax twice.",
    ])
    #expect(code("firefox", in: frames) == 2)
    #expect(code("playstation", in: frames) == 2)
    #expect(code("polaroid", in: frames) == 2)
    #expect(code("zorblax", in: frames) == 0)
  }

  @Test("a word both framed and used as a product has both bits")
  func both() {
    let frames = article(["Sony said sales rose.", "He plays a Sony console."])
    #expect(code("sony", in: frames) == 3)
  }

  @Test("a model trained with article frames writes BNF and reads back as one")
  func header() throws {
    let text = "Acme said profits rose. Anna Berg joined Acme in Oslo.\n"
    let doc = NameTrainer.Document(
      text: text, names: [NameSpan(start: 0, end: 4, kind: .organization)])
    var trainer = NameTrainer(gazetteer: try Gazetteer.builtIn(), epochs: 2, pruneBelow: 0)
    trainer.articleFrames = true
    let model = trainer.train([doc])
    #expect(model.serialized().prefix(4) == Array("BNF1".utf8)[...])
    let read = try NameModel(bytes: model.serialized())
    #expect(read.articleFrames && read.memory == .firstTag)
    trainer.articleFrames = false
    #expect(try !NameModel(bytes: trainer.train([doc]).serialized()).articleFrames)
  }
}
