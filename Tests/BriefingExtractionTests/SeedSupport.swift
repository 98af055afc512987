import BriefingModels
import Foundation

@testable import BriefingExtraction

/// The seed article (`../shared/corpus/seed/seed.txt`, the kind of text users paste in) as an
/// `Article`, and the briefing the extractor makes of it.
enum Seed {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var text: String {
    get throws {
      try String(
        contentsOf: repositoryRoot.appendingPathComponent("../shared/corpus/seed/seed.txt"),
        encoding: .utf8)
    }
  }

  static func article(published: String? = "2025-06-09") throws -> Article {
    Article(
      meta: ArticleMeta(id: "seed", path: "seed.txt", title: "Seed", published: published),
      body: try text, format: .text)
  }

  static func briefing(published: String? = "2025-06-09") throws -> Briefing {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(article(published: published))
  }

  /// A one-paragraph article made by a test.
  static func article(_ body: String, id: String = "test", published: String? = "2025-06-09")
    -> Article
  {
    Article(
      meta: ArticleMeta(id: id, path: "\(id).txt", title: id, published: published), body: body,
      format: .text)
  }

  /// The named mentions the extraction reports for `text` (what `briefing-eval gum` scores), as
  /// their words and kinds.
  static func names(in text: String) throws -> [(String, NameKind)] {
    try names(
      in: text, extractor: Extractor(gazetteer: Gazetteer.builtIn(), names: NameModel.builtIn()))
  }

  static func names(in text: String, extractor: Extractor) -> [(String, NameKind)] {
    extractor.names(in: article(text, id: "t")).map {
      (String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self), $0.kind)
    }
  }
}
