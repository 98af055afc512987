import BriefingExtraction
import BriefingModels
import Foundation

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
}
