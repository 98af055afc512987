import ArgumentParser
import BriefingEvaluation
import Foundation

/// `briefing-eval names-news`: named mentions on fresh news nobody tuned to
/// (`Evaluation/names-news`, or with `--set names-news-2` the second, held-out-only set; both
/// annotated by hand before any tagger ran on them), scored as `names-timeml` scores TimeBank.
/// A held-out part is only scored: its errors are not listed.
struct NewsNamesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names-news",
    abstract:
      "Score named mentions (per type, exact and overlapping span) on the annotated fresh news."
  )

  @Option(help: "names-news (half development, half held out) or names-news-2 (held out only).")
  var set = "names-news"

  @Option(help: "development (errors readable), held-out (only scored) or all.")
  var part = "development"

  @Option(help: "The folder of articles/ and annotations/. Default: Evaluation/<set>.")
  var annotations: String?

  @Option(help: "The split file. Default: Evaluation/<set>-split.tsv.")
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
    guard NewsNameDocuments.sets.contains(set) else {
      throw ValidationError(
        "--set: \(NewsNameDocuments.sets.joined(separator: " or ")), not '\(set)'")
    }
    let folder =
      annotations.map { URL(fileURLWithPath: $0) } ?? NewsNameDocuments.defaultFolder(set: set)
    let splits = try NewsNameDocuments.split(
      split.map { URL(fileURLWithPath: $0) } ?? NewsNameDocuments.defaultSplitFile(set: set))
    let all = try NewsNameDocuments(folder: folder).load()
    let documents = all.filter { doc in splits.parts[doc.id].map(parts.contains) ?? false }
    if documents.isEmpty {
      // names-news-2 has no development part: say so rather than print empty tables.
      throw ValidationError("--part \(part): \(set) has no report in that part")
    }
    try NameJudgeReport.run(
      documents, part: set == "names-news" ? part : "\(set) \(part)",
      model: try NameJudgeReport.model(model), errors: errors)
  }
}
