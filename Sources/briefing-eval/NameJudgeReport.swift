import BriefingEvaluation
import BriefingExtraction
import Foundation

/// What both names judges print (`names-timeml`, `names-news`): the extraction's and the raw
/// tagger's named mentions on some annotated articles, per type, exact and overlapping span, and
/// on request the extraction's most common errors.
enum NameJudgeReport {
  /// The model in the file at `path`, or the built-in one.
  static func model(_ path: String?) throws -> NameModel {
    try path.map { try NameModel(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: $0)))) }
      ?? NameModel.builtIn()
  }

  /// Scores `documents` (named `part` in the tables) with `model` and prints the two tables and,
  /// when `errors` > 0, that many of each kind of the extraction's errors.
  static func run(
    _ documents: [TimeMLNameDocuments.Annotated], part: String, model: NameModel, errors: Int
  ) throws {
    let gazetteer = try Gazetteer.builtIn()
    let tagger = NameTagger(model: model, gazetteer: gazetteer)
    let extractor = Extractor(gazetteer: gazetteer, names: model)
    let full = TimeMLNameEvaluation.score(documents) {
      GUMNameEvaluation.extracted($0, extractor: extractor)
    }
    let raw = TimeMLNameEvaluation.score(documents) { tagger.names(in: $0.text) }
    print("\(part): \(documents.count) articles\n")
    print(full.table(title: "extraction, \(part)"))
    print()
    print(raw.table(title: "raw tagger, \(part)"))
    if errors > 0 {
      print("\nmost common errors (extraction):")
      print(full.commonErrors(limit: errors))
    }
  }
}
