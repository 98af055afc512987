import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation

/// What every use of the gold set reads the same way: the gazetteer an editor's site would use
/// (the built-in one extended by the repository's `content/parties.yml`) and a gold file's article.
enum GoldInputs {
  static func gazetteer(repositoryRoot: URL) throws -> Gazetteer {
    let gazetteer = try Gazetteer.builtIn()
    let partiesFile = repositoryRoot.appendingPathComponent("content/parties.yml")
    guard FileManager.default.fileExists(atPath: partiesFile.path) else { return gazetteer }
    return gazetteer.extended(
      with: try PartiesFileReader().read(fileAt: partiesFile, displayPath: "content/parties.yml"))
  }

  /// The article a gold file annotates, read as the site reads it.
  static func article(of gold: GoldFile, repositoryRoot: URL) throws -> Article {
    let url = repositoryRoot.appendingPathComponent(gold.article)
    do {
      return try ArticleReader().read(fileAt: url, displayPath: gold.article)
    } catch {
      throw GoldError.articleUnreadable(
        goldFile: gold.path, article: gold.article, reason: Diagnostic.reason(error))
    }
  }
}
