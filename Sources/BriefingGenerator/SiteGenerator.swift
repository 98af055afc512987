import BriefingExtraction
import BriefingModels
import BriefingSite
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
      do { return try extraction.assemble(briefings) } catch {
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
      warnings: loaded.warnings + rendered.warnings)
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

  // MARK: render

  /// Stages `bytes` for `path`; a failure is the write step's.
  private static func stage(
    _ bytes: [UInt8], _ path: String, in staging: OutputStaging, output: URL
  ) throws(BuildError) -> String {
    do { return try staging.stage(bytes, for: path) } catch let failure as OutputWriter.Failure {
      throw BuildError(
        step: .write, path: output.appendingPathComponent(failure.path).path,
        message: failure.message)
    } catch {
      throw BuildError(step: .write, path: output.path, message: "\(error)")
    }
  }

  private struct Rendered: Sendable {
    /// Each changed file and its name in the staging folder.
    var writes: [(path: String, staged: String)]
    var removals: [String]
    var manifest: OutputManifest
    var builtCount: Int
    var renderedCount: Int
    var warnings: [ContentProblem]
  }

  private enum PageOutcome: Sendable {
    case unchanged(OutputManifest.Entry)
    /// Staged under the given name.
    case changed(OutputManifest.Entry, String)
    case foreign
    var rendered: Bool {
      switch self {
      case .unchanged, .foreign: return false
      case .changed: return true
      }
    }
  }

  private func render(
    _ pages: [PlannedPage], previous: OutputManifest?, staging: OutputStaging
  ) throws(BuildError) -> Rendered {
    let output = options.outputDirectory
    let old = previous?.files ?? [:]
    let total = pages.count
    let progress = options.progress
    /// Each page's outcome, and whether it was built (prepared) and rendered.
    let outcomes: [(PageOutcome, built: Bool, rendered: Bool)]
    do {
      outcomes = try Parallel.map(
        pages, first: pages.indices.filter { pages[$0].startsEarly },
        progress: { done in
          progress?(BuildProgress(step: .render, done: done, total: total))
        }
      ) { page in
        let file = output.appendingPathComponent(page.path)
        let onDisk = FileState(file)
        let previous = old[page.path]
        // Same inputs as the file on disk: nothing to build.
        if let key = page.key, let entry = previous, entry.key == key, onDisk.size == entry.size {
          return (.unchanged(entry), false, false)
        }
        // Without a previous file there is no fingerprint to compare: a keyed page skips it.
        let prepared = page.prepare(previous != nil || page.key == nil)
        // Other inputs, same page: nothing to render.
        if var entry = previous, entry.fingerprint == prepared.fingerprint,
          onDisk.size == entry.size
        {
          entry.key = page.key
          return (.unchanged(entry), true, false)
        }
        let bytes: [UInt8]
        do { bytes = try prepared.render() } catch {
          throw BuildError(
            step: .render,
            problems: [Self.problem(from: error, fallbackPath: page.path, page: page.path)])
        }
        let entry = OutputManifest.Entry(
          key: page.key, fingerprint: prepared.fingerprint, size: bytes.count,
          hash: ContentHash.of(bytes))
        if onDisk.size == bytes.count, onDisk.bytes() == bytes {
          return (.unchanged(entry), true, true)
        }
        if onDisk.exists, old[page.path] == nil { return (.foreign, true, true) }
        let staged = try Self.stage(bytes, page.path, in: staging, output: output)
        return (.changed(entry, staged), true, true)
      }
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError(step: .render, path: output.path, message: "\(error)")
    }
    var result = Rendered(
      writes: [], removals: [], manifest: OutputManifest(), builtCount: 0, renderedCount: 0,
      warnings: [])
    var foreign: [ContentProblem] = []
    for (page, (outcome, didBuild, didRender)) in zip(pages, outcomes) {
      if didBuild { result.builtCount += 1 }
      if didRender { result.renderedCount += 1 }
      switch outcome {
      case .unchanged(let entry): result.manifest.files[page.path] = entry
      case .changed(let entry, let staged):
        result.manifest.files[page.path] = entry
        result.writes.append((page.path, staged))
      case .foreign:
        foreign.append(
          ContentProblem(
            path: output.appendingPathComponent(page.path).path,
            message:
              "exists but was not written by briefing; move it away or delete it, then build again")
        )
      }
    }
    guard foreign.isEmpty else { throw BuildError(step: .render, problems: foreign) }
    for (path, entry) in old.sorted(by: { $0.key < $1.key })
    where result.manifest.files[path] == nil {
      let onDisk = FileState(output.appendingPathComponent(path))
      guard onDisk.exists else { continue }
      if onDisk.size == entry.size, let bytes = onDisk.bytes(), ContentHash.of(bytes) == entry.hash
      {
        result.removals.append(path)
      } else {
        result.warnings.append(
          ContentProblem(
            path: output.appendingPathComponent(path).path, severity: .warning,
            message:
              "no longer part of the site but changed by hand since it was written; left in place"))
      }
    }
    return result
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

/// Size and bytes of a file in output/, read lazily; absent files have size -1.
struct FileState {
  let url: URL
  let exists: Bool
  let size: Int

  /// One `lstat` (the file itself, not a link's target), as every page of a build asks.
  init(_ url: URL) {
    self.url = url
    var st = stat()
    exists = lstat(url.path, &st) == 0
    size = exists ? Int(st.st_size) : -1
  }

  func bytes() -> [UInt8]? { (try? Data(contentsOf: url)).map { [UInt8]($0) } }
}

/// Times each named step.
struct StepTimer {
  var timings: [(step: BuildStep, duration: Duration)] = []
  private let clock = ContinuousClock()

  mutating func run<T, E: Error>(_ step: BuildStep, _ body: () throws(E) -> T) throws(E) -> T {
    let start = clock.now
    defer { timings.append((step, clock.now - start)) }
    return try body()
  }
}
