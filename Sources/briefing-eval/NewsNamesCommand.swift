import ArgumentParser
import BriefingEvaluation
import Foundation

/// `briefing-eval names-news`: named mentions on fresh news nobody tuned to
/// (`Evaluation/names-news`, annotated by hand before any tagger ran on it), scored as
/// `names-timeml` scores TimeBank. The held-out part is only scored: its errors are not listed.
struct NewsNamesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names-news",
    abstract:
      "Score named mentions (per type, exact and overlapping span) on the annotated fresh news."
  )

  @Option(help: "development (errors readable), held-out (only scored) or all.")
  var part = "development"

  @Option(help: "The folder of articles/ and annotations/. Default: Evaluation/names-news.")
  var annotations: String?

  @Option(help: "The split file. Default: Evaluation/names-news-split.tsv.")
  var split: String?

  @Option(help: "A model file to score instead of the built-in one.")
  var model: String?

  @Option(help: "List the N most common errors of each kind (extraction); development only.")
  var errors: Int = 0

  func run() async throws {
    let parts: [TimeMLNameSplit.Part]
    switch part {
    case "development": parts = [.development]
    case "held-out": parts = [.heldOut]
    case "all": parts = [.development, .heldOut]
    default: throw ValidationError("--part: development, held-out or all, not '\(part)'")
    }
    if parts.contains(.heldOut) && errors > 0 {
      throw ValidationError("--errors: the held-out part is only scored; its errors are not read")
    }
    let folder = annotations.map { URL(fileURLWithPath: $0) } ?? NewsNameDocuments.defaultFolder()
    let splits = try NewsNameDocuments.split(
      split.map { URL(fileURLWithPath: $0) } ?? NewsNameDocuments.defaultSplitFile())
    let all = try NewsNameDocuments(folder: folder).load()
    let documents = all.filter { doc in splits.parts[doc.id].map(parts.contains) ?? false }
    try NameJudgeReport.run(
      documents, part: part, model: try NameJudgeReport.model(model), errors: errors)
  }
}
