import BriefingIngest
import BriefingModels
import Foundation

/// ingest: content/ → `LoadedContent` (articles, site settings, parties). Owns the reading
/// cache (`readings.pack`) and, in `preview`, the readings kept in memory.
///
/// With `settingsOnly`, reads `site.yml` and `parties.yml` and no article: what a build from
/// briefings extracted elsewhere (`generate --briefings`) needs of content/.
struct IngestStep: SiteBuildStep {
  var reader: ArticleReader
  var settingsOnly = false
  var step: BuildStep { .ingest }

  func run(_ input: Void, in build: BuildContext) throws(BuildError) -> LoadedContent {
    let options = build.options
    let loader = ContentLoader(
      reader: reader,
      readingCache: options.cacheDirectory?.appendingPathComponent(ContentLoader.readingCacheName),
      memory: options.memory?.readings)
    let loaded =
      settingsOnly
      ? loader.loadSettings(contentDirectory: options.contentDirectory)
      : loader.load(contentDirectory: options.contentDirectory)
    guard loaded.errors.isEmpty else { throw BuildError(step: .ingest, problems: loaded.errors) }
    build.report(.ingest, loaded.articles.count, loaded.articles.count)
    return loaded
  }
}
