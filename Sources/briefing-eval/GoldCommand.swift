import ArgumentParser
import BriefingEvaluation
import BriefingExtraction
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

  @Option(help: "A name model file to extract with instead of the built-in one.")
  var model: String?

  func run() async throws {
    let rootURL = URL(fileURLWithPath: root)
    let goldURL = URL(fileURLWithPath: gold, relativeTo: rootURL).standardizedFileURL
    do {
      let names = try model.map {
        try NameModel(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))))
      }
      let report = try GoldEvaluation(
        repositoryRoot: rootURL, goldDirectory: goldURL, names: names
      ).run()
      print(report.text(listingMistakes: errors))
    } catch let error as GoldError {
      throw ValidationError(error.description)
    }
  }
}
