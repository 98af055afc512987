import BriefingIngest
import BriefingModels
import Foundation

/// Builds a site: content/ in, output/ out, as a short list of steps, each a value with a named
/// input and output (`Steps/`): ingest → extract → assemble → plan → render → write.
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

  /// Builds the site from content/: every step, extraction included.
  public func generate() throws -> BuildReport {
    let build = BuildContext(options: options, stages: stages)
    try WriteStep.prepare(options)
    var content = try build.run(IngestStep(reader: reader), ())
    let extracted = try build.run(ExtractStep(), content)
    let articles = content.articles.count
    // The articles' text and stored bytes were extract's input only: freed before the site is
    // planned, not held (with every page) until the process exits.
    content.articles = []
    content.encodedArticles = [:]
    return try site(from: extracted, content: content, articles: articles, build)
  }

  /// Builds the site from briefings that `briefing extract` wrote into `directory` (the JSON
  /// contract), in place of ingesting and extracting content/'s articles; `site.yml` and
  /// `parties.yml` still come from content/. The same briefings give the same site.
  public func generate(briefingsDirectory directory: URL) throws -> BuildReport {
    let build = BuildContext(options: options, stages: stages)
    try WriteStep.prepare(options)
    let settings = try build.run(IngestStep(reader: reader, settingsOnly: true), ())
    let extracted = try build.run(ReadBriefingsStep(directory: directory), settings)
    return try site(
      from: extracted, content: settings, articles: extracted.briefings.count, build)
  }

  /// The steps after extraction: assemble → plan → render → write.
  private func site(
    from extracted: Extracted, content: LoadedContent, articles: Int, _ build: BuildContext
  ) throws(BuildError) -> BuildReport {
    let assembled = try build.run(AssembleStep(), extracted)
    let planned = try build.run(PlanStep(), (assembled, content.config))
    let rendered = try build.run(RenderStep(), planned)
    try build.run(WriteStep(), rendered)
    if !options.freesMemory { LeftToExit.keep((extracted, content, assembled, planned, rendered)) }
    let pages = planned.pages.count
    return BuildReport(
      articles: articles, pages: pages, written: rendered.writes.count,
      unchanged: pages - rendered.writes.count, built: rendered.builtCount,
      rendered: rendered.renderedCount, removed: rendered.removals.count,
      cachedExtractions: extracted.cachedCount, timings: build.timer.timings,
      renderTimes: rendered.renderTimes,
      warnings: content.warnings + rendered.warnings)
  }

  static func problem(from error: any Error, fallbackPath: String, page: String? = nil)
    -> Diagnostic
  {
    var p: Diagnostic
    switch error {
    case let problem as Diagnostic: p = problem
    case let build as BuildError where !build.problems.isEmpty: p = build.problems[0]
    default: p = Diagnostic(.renderingFailed(reason: Diagnostic.reason(error)), path: fallbackPath)
    }
    p.page = page ?? p.page
    return p
  }
}
