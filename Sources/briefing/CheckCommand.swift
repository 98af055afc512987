import ArgumentParser
import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation

/// `briefing check`: lists content problems as `file:line: severity: message`.
///
/// Reads everything the ingest step reads (articles, site.yml, parties.yml) and reports every
/// problem at once, not only the first. Exit status 1 when there is at least one error.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "List content problems with file:line.",
    discussion: "Exits with status 1 when there are errors; warnings alone exit 0."
  )

  @OptionGroup var site: SiteOptions

  func run() throws {
    let loaded = ContentLoader().load(contentDirectory: URL(fileURLWithPath: site.content))
    let sorted = loaded.problems.sorted {
      ($0.path, $0.line ?? 0, $0.message) < ($1.path, $1.line ?? 0, $1.message)
    }
    for problem in sorted { print(problem.description) }
    let errors = loaded.errors.count
    let warnings = loaded.warnings.count
    Terminal.error(
      "\(loaded.articles.count) articles read; \(errors) error\(errors == 1 ? "" : "s"), "
        + "\(warnings) warning\(warnings == 1 ? "" : "s")")
    if errors > 0 { throw ExitCode(1) }
  }
}
