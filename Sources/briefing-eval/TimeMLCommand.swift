import ArgumentParser
import BriefingEvaluation
import Foundation

/// `briefing-eval timeml`: Score the temporal tagger on TimeML corpora (TempEval-3 measures).
struct TimeMLCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeml",
    abstract: "Score the temporal tagger on TimeML corpora (TempEval-3 measures)."
  )

  @Option(
    name: .long,
    help:
      "A folder of .tml files (repeatable). Default: ../shared/corpus/tbaq beside the repository.")
  var corpus: [String] = []

  @Option(
    name: .long,
    help: """
      Which part of the default corpus to score: all, development (TimeBank: choose rules from \
      its errors) or held-out (AQUAINT: only scored). Ignored with --corpus.
      """)
  var part: String = TimeMLPart.all.rawValue

  @Option(
    name: .long, help: "List up to N errors of each kind (missed, spurious, span, type, value).")
  var errors: Int = 0

  @Option(name: .long, help: "Only list errors of these kinds (comma-separated).")
  var kinds: String?

  func run() async throws {
    guard let chosen = TimeMLPart(rawValue: part) else {
      throw ValidationError("--part must be one of: all, development, held-out")
    }
    let folders =
      corpus.isEmpty
      ? chosen.folders(in: Self.defaultCorpus()) : corpus.map { URL(fileURLWithPath: $0) }
    var documents: [TimeMLDocument] = []
    for folder in folders {
      guard FileManager.default.fileExists(atPath: folder.path) else {
        throw ValidationError("no TimeML corpus at \(folder.path)")
      }
      documents += try TimeMLCorpus.load(directory: folder).documents
    }
    let (score, found) = TempEvalScorer().score(TimeMLCorpus(documents: documents))
    print(TempEvalReport.figures(score, documents: documents.count))
    if errors > 0 {
      let chosen = kinds.map {
        Set($0.split(separator: ",").compactMap { TempEvalError.Kind(rawValue: String($0)) })
      }
      print(TempEvalReport.errors(found, limit: errors, kinds: chosen))
    }
  }

  /// `../shared/corpus/tbaq` beside the repository holding the working directory.
  static func defaultCorpus() -> URL {
    var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    while dir.path != "/" {
      if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
        return dir.deletingLastPathComponent().appendingPathComponent("shared/corpus/tbaq")
      }
      dir.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: "../shared/corpus/tbaq")
  }
}
