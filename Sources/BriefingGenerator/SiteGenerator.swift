import BriefingExtraction
import BriefingModels
import BriefingSite
import Foundation

/// Builds a site: content/ in, output/ out, as named steps
/// (ingest → extract → assemble → plan → render → write).
///
/// Everything is computed before output/ is touched, and the write step is a transaction (see
/// `OutputWriter`), so a build that fails at any step leaves the previous output/ exactly as
/// it was. A successful build leaves exactly the new site: unchanged files are not rewritten,
/// files of the previous build that are no longer part of the site are removed, and files the
/// generator did not write are never replaced or removed.
public struct SiteGenerator: Sendable {
  public var options: GenerateOptions
  public var stages: BuildStages
  public var reader: ArticleReader

  public init(
    options: GenerateOptions, stages: BuildStages = .standard,
    reader: ArticleReader = ArticleReader()
  ) {
    self.options = options
    self.stages = stages
    self.reader = reader
  }

  public func generate() throws -> BuildReport {
    var timer = StepTimer()
    let output = options.outputDirectory
    if let refusal = OutputGuard.problem(
      output: output, content: options.contentDirectory, templates: options.templatesDirectory)
    {
      throw BuildError(step: .write, path: output.path, message: refusal)
    }
    do { try OutputWriter(root: output).recover() } catch {
      throw BuildError(
        step: .write, path: output.path, message: "cannot recover an interrupted build: \(error)")
    }

    // ingest
    let loaded = timer.run(.ingest) {
      ContentLoader(
        reader: reader,
        readingCache: options.cacheDirectory?.appendingPathComponent(
          ContentLoader.readingCacheName),
        memory: options.memory?.readings
      ).load(contentDirectory: options.contentDirectory)
    }
    guard loaded.errors.isEmpty else { throw BuildError(step: .ingest, problems: loaded.errors) }
    report(.ingest, loaded.articles.count, loaded.articles.count)

    // extract
    let (briefings, sources, extraction, cachedCount) = try timer.run(.extract) {
      () throws(BuildError) in try extract(loaded)
    }

    // assemble
    let corpus = try timer.run(.assemble) { () throws(BuildError) in
      do { return try extraction.assemble(briefings, options.memory?.timeline) } catch {
        throw BuildError(step: .assemble, path: options.contentDirectory.path, message: "\(error)")
      }
    }

    // plan
    let fragmentCache = FragmentCache(directory: options.cacheDirectory)
    var inputs = Self.inputs(of: corpus, sources: sources)
    inputs.fragments = fragmentCache.fragments
    let pages = try timer.run(.plan) { () throws(BuildError) in
      try plan(corpus, loaded.config, inputs)
    }

    // render
    let remembered = options.memory?.manifest(in: output)
    let previous: OutputManifest?
    do { previous = try remembered?.manifest ?? OutputManifest.load(from: output) } catch {
      throw BuildError(
        step: .render, path: output.appendingPathComponent(OutputManifest.fileName).path,
        message: "unreadable manifest of the previous build: \(error)")
    }
    // Changed files are staged as they render; a failure from here on discards them.
    let staging = OutputStaging(root: output, faults: options.faults)
    let rendered: Rendered
    do {
      rendered = try timer.run(.render) { () throws(BuildError) in
        try render(pages, previous: previous, staging: staging)
      }
    } catch {
      staging.discard()
      throw error
    }

    // write
    var manifest: [UInt8] = []
    try timer.run(.write) { () throws(BuildError) in
      var writes = rendered.writes
      do throws(BuildError) {
        manifest = try manifestBytes(rendered.manifest)
        let manifestFile = FileState(output.appendingPathComponent(OutputManifest.fileName))
        if manifestFile.size != manifest.count
          || (remembered?.bytes ?? manifestFile.bytes()) != manifest
        {
          writes.append(
            (
              OutputManifest.fileName,
              try Self.stage(manifest, OutputManifest.fileName, in: staging, output: output)
            ))
        }
      } catch {
        staging.discard()
        throw error
      }
      // Nothing changed: output/ is not touched at all (not even the manifest's date).
      if writes.isEmpty && rendered.removals.isEmpty { return }
      do {
        try OutputWriter(root: output, faults: options.faults)
          .apply(WritePlan(writes: writes, removals: rendered.removals), staging: staging)
      } catch let failure as OutputWriter.Failure {
        throw BuildError(
          step: .write, path: output.appendingPathComponent(failure.path).path,
          message: failure.message)
      } catch {
        throw BuildError(step: .write, path: output.path, message: "\(error)")
      }
    }

    options.memory?.remember(rendered.manifest, bytes: manifest, in: output)
    fragmentCache.save()
    return BuildReport(
      articles: loaded.articles.count, pages: pages.count, written: rendered.writes.count,
      unchanged: pages.count - rendered.writes.count, built: rendered.builtCount,
      rendered: rendered.renderedCount,
      removed: rendered.removals.count, cachedExtractions: cachedCount, timings: timer.timings,
      renderTimes: rendered.renderTimes, warnings: loaded.warnings + rendered.warnings)
  }

  private func report(_ step: BuildStep, _ done: Int, _ total: Int) {
    options.progress?(BuildProgress(step: step, done: done, total: total))
  }

  private func manifestBytes(_ manifest: OutputManifest) throws(BuildError) -> [UInt8] {
    do { return try manifest.encoded() } catch {
      throw BuildError(step: .write, path: OutputManifest.fileName, message: "\(error)")
    }
  }

  // MARK: extract

  /// The briefings, each article's source hash (see `ExtractionCache`), the extraction, and
  /// how many briefings came from the cache.
  private func extract(_ loaded: LoadedContent) throws(BuildError) -> (
    [Briefing], [String: String], BuildStages.Extraction, Int
  ) {
    let extraction: BuildStages.Extraction
    do { extraction = try stages.prepareExtraction(loaded.parties) } catch {
      throw BuildError(
        step: .extract, path: options.contentDirectory.appendingPathComponent("parties.yml").path,
        message: "\(error)")
    }
    let cache = ExtractionCache(directory: options.cacheDirectory, key: extraction.cacheKey)
    let total = loaded.articles.count
    let progress = options.progress
    // Saved even when an article fails: every other article was extracted all the same.
    defer { cache.save() }
    let memory = options.memory
    defer { memory?.finishExtraction() }
    let key = extraction.cacheKey
    let results: [(briefing: Briefing, cached: Bool, id: String?)]
    do {
      results = try Parallel.map(
        loaded.articles,
        progress: { done in
          progress?(BuildProgress(step: .extract, done: done, total: total))
        }
      ) { article in
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
          throw BuildError(step: .extract, path: article.meta.path, message: "\(error)")
        }
      }
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError(step: .extract, path: options.contentDirectory.path, message: "\(error)")
    }
    var sources: [String: String] = [:]
    for result in results {
      if let id = result.id { sources[result.briefing.article.id] = id }
    }
    return (results.map(\.briefing), sources, extraction, results.filter(\.cached).count)
  }

  // MARK: plan

  /// What the corpus was made from: each briefing's source (the extraction cache's record id,
  /// a hash of the article and of the extraction's key), and, when every briefing has one,
  /// their hash in corpus order, which decides the whole corpus (parties and timeline are
  /// assembled from the briefings, the editor's parties are in the extraction's key).
  static func inputs(of corpus: Corpus, sources: [String: String]) -> PageInputs {
    var key = ContentHash()
    key.add("corpus 1")
    for b in corpus.briefings {
      guard let source = sources[b.article.id] else {
        return PageInputs(briefingSources: sources, tool: ToolIdentity.current)
      }
      key.add(b.article.id)
      key.add(source)
    }
    return PageInputs(briefingSources: sources, corpus: key.hex, tool: ToolIdentity.current)
  }

  private func plan(_ corpus: Corpus, _ config: SiteConfig, _ inputs: PageInputs)
    throws(BuildError) -> [PlannedPage]
  {
    let pages: [PlannedPage]
    do {
      pages = try stages.prepareRendering(options.templatesDirectory).plan(corpus, config, inputs)
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError(
        step: .plan,
        problems: [Self.problem(from: error, fallbackPath: options.templatesDirectory.path)])
    }
    var seen: [String: String] = [:]
    var problems: [ContentProblem] = []
    for page in pages {
      if let why = OutputPath.problem(with: page.path) {
        problems.append(ContentProblem(path: page.path, message: "unsafe output path: \(why)"))
      }
      if let other = seen[page.path.lowercased()] {
        problems.append(
          ContentProblem(path: page.path, message: "two pages want the same file (\(other))"))
      }
      seen[page.path.lowercased()] = page.path
    }
    guard problems.isEmpty else { throw BuildError(step: .plan, problems: problems) }
    return pages
  }

  static func problem(from error: any Error, fallbackPath: String, page: String? = nil)
    -> ContentProblem
  {
    var p: ContentProblem
    switch error {
    case let problem as ContentProblem: p = problem
    case let build as BuildError where !build.problems.isEmpty: p = build.problems[0]
    default: p = ContentProblem(path: fallbackPath, message: String(describing: error))
    }
    if let page { p.message += " (while rendering \(page))" }
    return p
  }
}
