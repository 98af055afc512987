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
    let gazetteer = try Gazetteer.builtIn()
    let model =
      try self.model.map {
        try NameModel(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))))
      }
      ?? NameModel.builtIn()
    let tagger = NameTagger(model: model, gazetteer: gazetteer)
    let extractor = Extractor(gazetteer: gazetteer, names: model)
    let full = TimeMLNameEvaluation.score(documents) {
      GUMNameEvaluation.extracted($0, extractor: extractor)
    }
    let raw = TimeMLNameEvaluation.score(documents) { tagger.names(in: $0.text) }
    print("\(part.rawValue): \(documents.count) articles\n")
    print(full.table(title: "extraction, \(part.rawValue)"))
    print()
    print(raw.table(title: "raw tagger, \(part.rawValue)"))
    if errors > 0 {
      print("\nmost common errors (extraction):")
      print(full.commonErrors(limit: errors))
    }
  }
}
