import BriefingExtraction
import BriefingIngest
import BriefingModels
import BriefingStore
import Foundation
import Testing

/// The caches keep articles and briefings in `BinaryEncoder`'s form: every article of the
/// example site, and the briefing extracted from it, comes back from those bytes equal and with
/// the same JSON (the contract of `briefing extract`).
@Suite struct BinaryCodingOfBriefingsTests {
  let loaded = ContentLoader(
    reader: ArticleReader(today: CalendarDate(year: 2026, month: 1, day: 1)!)
  ).load(
    contentDirectory: ExampleContentTests.repositoryRoot.appendingPathComponent("content"),
    displayRoot: "content")

  func json(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(value)
  }

  @Test func everyExampleArticleAndBriefingComesBackEqual() throws {
    let extractor = Extractor(gazetteer: try Gazetteer.builtIn().extended(with: loaded.parties))
    #expect(loaded.articles.count > 5)
    for article in loaded.articles {
      let decodedArticle = try BinaryDecoder().decode(
        Article.self, from: BinaryEncoder().encode(article))
      #expect(decodedArticle == article)
      let briefing = extractor.extract(article)
      #expect(!briefing.sentences.isEmpty)
      let bytes = try BinaryEncoder().encode(briefing)
      let decoded = try BinaryDecoder().decode(Briefing.self, from: bytes)
      #expect(decoded == briefing)
      #expect(try json(decoded) == json(briefing))
      #expect(bytes.count < (try json(briefing)).count)
    }
  }
}
