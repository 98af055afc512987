import BriefingIngest
import BriefingModels
import BriefingParallel
import Foundation

/// What the extract step gives the assemble step: the briefings in article-path order, what
/// each was made from, and the extraction whose gazetteer assembles them.
struct Extracted: Sendable {
  var briefings: [Briefing]
  /// Each briefing's source by article id: a hash of what decides it (the extraction cache's
  /// record id, or the hash of a briefing read from JSON). Pages made from unchanged sources
  /// are skipped without being built.
  var sources: [String: String]
  var extraction: BuildStages.Extraction
  /// How many briefings came from a cache instead of the extractor.
  var cachedCount: Int
}

/// extract: `LoadedContent` → `Extracted`, one article at a time on every core. Owns the
/// extraction cache (`extractions.pack`) and, in `preview`, the briefings kept in memory.
struct ExtractStep: SiteBuildStep {
  var step: BuildStep { .extract }

  func run(_ loaded: LoadedContent, in build: BuildContext) throws(BuildError) -> Extracted {
    let options = build.options
    let extraction = try Self.prepare(build, parties: loaded.parties)
    let cache = ExtractionCache(directory: options.cacheDirectory, key: extraction.cacheKey)
    // Saved even when an article fails: every other article was extracted all the same.
    defer { cache.save() }
    let memory = options.memory
    defer { memory?.finishExtraction() }
    let key = extraction.cacheKey
    let progress = build.progress(.extract, total: loaded.articles.count)
    let results: [(briefing: Briefing, cached: Bool, id: String?)]
    do {
      results = try Parallel.map(loaded.articles, progress: progress) { article in
        if let kept = memory?.extraction(of: article, key: key) {
          cache.keep(id: kept.id, article: article, briefing: kept.briefing)
          memory?.remember(kept)
          return (kept.briefing, true, kept.id)
        }
        do {
          let made = try cache.briefing(
            for: article, encoded: loaded.encodedArticles[article.meta.path]
          ) { try extraction.extract($0) }
          memory?.remember(
            .init(key: key, article: article, briefing: made.briefing, id: made.id))
          return made
        } catch {
          throw BuildError(
            step: .extract, .extractionFailed(reason: Diagnostic.reason(error)),
            path: article.meta.path)
        }
      }
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError(
        step: .extract, .extractionFailed(reason: Diagnostic.reason(error)),
        path: options.contentDirectory.path)
    }
    var sources: [String: String] = [:]
    for result in results {
      if let id = result.id { sources[result.briefing.article.id] = id }
    }
    return Extracted(
      briefings: results.map(\.briefing), sources: sources, extraction: extraction,
      cachedCount: results.filter(\.cached).count)
  }

  /// The extraction for the editor's parties (the gazetteer they extend can fail to load).
  static func prepare(_ build: BuildContext, parties: [PartyDefinition])
    throws(BuildError) -> BuildStages.Extraction
  {
    do { return try build.stages.prepareExtraction(parties) } catch {
      throw BuildError(
        step: .extract, .gazetteerNotLoaded(reason: Diagnostic.reason(error)),
        path: build.options.contentDirectory.appendingPathComponent("parties.yml").path)
    }
  }
}
