import ArgumentParser
import BriefingEvaluation
import Foundation

/// `briefing-eval gold`: Score parties, events and statements against the project gold set.
struct GoldCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gold",
    abstract: "Score parties, events and statements against the project gold set."
  )

  @Option(help: "The folder of *.gold.yml files.")
  var gold = "Evaluation/gold"

  @Option(help: "The repository root that gold article paths are relative to.")
  var root = "."

  @Flag(help: "List every mistake (missing, spurious, wrong attribute).")
  var errors = false

  func run() async throws {
    let rootURL = URL(fileURLWithPath: root)
    let goldURL = URL(fileURLWithPath: gold, relativeTo: rootURL).standardizedFileURL
    do {
      let report = try GoldEvaluation(repositoryRoot: rootURL, goldDirectory: goldURL).run()
      print(report.text(listingMistakes: errors))
    } catch let error as GoldError {
      throw ValidationError(error.description)
    }
  }
}
