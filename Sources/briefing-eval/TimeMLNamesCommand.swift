import ArgumentParser
import BriefingEvaluation
import BriefingExtraction
import Foundation

/// `briefing-eval names-timeml`: named mentions on the hand-annotated TimeBank and AQUAINT news
/// (`Evaluation/names-tbaq`), from the extraction and from the raw name tagger, with the same
/// table as `gum`. The held-out part (AQUAINT) is only scored: its errors are not listed.
struct TimeMLNamesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names-timeml",
    abstract:
      "Score named mentions (per type, exact and overlapping span) on the annotated TimeML news."
  )

  @Option(help: "development (TimeBank, for choosing), held-out (AQUAINT) or train (TimeBank).")
  var part = "development"

  @Option(help: "The annotation folder. Default: Evaluation/names-tbaq.")
  var annotations: String?

  @Option(help: "The TimeML articles the offsets point into. Default: ../shared/corpus/tbaq.")
  var text: String?

  @Option(help: "The split file. Default: Evaluation/names-tbaq-split.tsv.")
  var split: String?

  @Option(help: "A model file to score instead of the built-in one.")
  var model: String?

  @Option(help: "List the N most common errors of each kind (extraction); not for held-out.")
  var errors: Int = 0

  func run() async throws {
    guard let part = TimeMLNameSplit.Part(rawValue: part) else {
      throw ValidationError("--part: train, development or held-out, not '\(self.part)'")
    }
    if part == .heldOut && errors > 0 {
      throw ValidationError("--errors: the held-out part is only scored; its errors are not read")
    }
    let folder =
      annotations.map { URL(fileURLWithPath: $0) }
      ?? TimeMLNameSplit.defaultFile().deletingLastPathComponent()
      .appendingPathComponent("names-tbaq")
    let corpus = text.map { URL(fileURLWithPath: $0) } ?? TimeMLNameDocuments.defaultCorpus()
    let splits = try TimeMLNameSplit.load(
      split.map { URL(fileURLWithPath: $0) } ?? TimeMLNameSplit.defaultFile())
    let documents = splits.documents(
      part, of: try TimeMLNameDocuments(annotations: folder, corpus: corpus).load())
    try NameJudgeReport.run(
      documents, part: part.rawValue, model: try NameJudgeReport.model(model), errors: errors)
  }
}
