import ArgumentParser
import BriefingGenerator
import Foundation

/// `briefing generate`: builds the site from content/ into output/.
///
/// Prints warnings and (for builds longer than a second) progress on stderr, then one summary
/// line on stdout: `N articles → M pages in X s (written W, unchanged U, removed R)`. On failure
/// prints `file:line: error: message (step: name)` lines on stderr and exits 1; output/ is then
/// exactly as it was before.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Build the site from content/ into output/."
  )

  @OptionGroup var site: SiteOptions

  @Flag(help: "Print how long each build step took.")
  var timings = false

  @Option(
    help: ArgumentHelp(
      "Build from the JSON that `briefing extract` wrote into this folder instead of extracting content/'s articles.",
      discussion:
        "site.yml and parties.yml still come from --content. See docs/content-and-builds.md, \"Extraction elsewhere\".",
      valueName: "DIR"))
  var briefings: String?

  func run() throws {
    let progress = ProgressPrinter()
    var options = GenerateOptions(
      contentDirectory: URL(fileURLWithPath: site.content),
      templatesDirectory: URL(fileURLWithPath: site.templates),
      outputDirectory: URL(fileURLWithPath: site.output),
      progress: { progress.show($0) })
    // The process ends with the build: what it made is left to the exit (`LeftToExit`).
    options.freesMemory = false
    do {
      let generator = SiteGenerator(options: options)
      let report =
        try briefings.map { try generator.generate(briefingsDirectory: URL(fileURLWithPath: $0)) }
        ?? generator.generate()
      for warning in report.warnings { Terminal.error(warning.description) }
      if timings {
        Terminal.error(report.timingLine)
        Terminal.error(
          "pages built \(report.built), rendered \(report.rendered) of \(report.pages); "
            + "extractions cached \(report.cachedExtractions) of \(report.articles)")
        if let line = report.renderTimes.line { Terminal.error(line) }
      }
      print(report.summary)
    } catch let error as BuildError {
      Terminal.error(error.description)
      Terminal.error(
        "build failed in step '\(error.step.rawValue)'; \(site.output)/ was left as it was")
      throw ExitCode(1)
    }
  }
}

/// Shows build progress on stderr, at most once a second and only once a build has taken a
/// second, so short builds print nothing but their summary.
final class ProgressPrinter: @unchecked Sendable {
  private let lock = NSLock()
  private let start = ContinuousClock.now
  private var last = ContinuousClock.now

  func show(_ p: BuildProgress) {
    lock.lock()
    defer { lock.unlock() }
    let now = ContinuousClock.now
    guard now - start >= .seconds(1), now - last >= .seconds(1) || p.done == p.total else { return }
    last = now
    Terminal.error("\(p.step.rawValue): \(p.done)/\(p.total)")
  }
}
