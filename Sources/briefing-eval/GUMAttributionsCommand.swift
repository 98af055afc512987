import ArgumentParser
import BriefingEvaluation
import BriefingExtraction
import Foundation

/// `briefing-eval gum-attributions`: who-said-what on GUM's held-out documents (the fixed split
/// of `Evaluation/gum-split.tsv`), by genre.
struct GUMAttributionsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gum-attributions",
    abstract: "Score statements against GUM's attributions on the held-out split."
  )

  @Option(help: "The GUM corpus folder (default: ../shared/corpus/gum).")
  var gum: String?

  @Option(help: "The split file (default: Evaluation/gum-split.tsv).")
  var split: String?

  @Option(help: "Which part of the split to score: test (held out) or train.")
  var part = "test"

  @Flag(help: "Count interview turns too (their speaker is a label outside the text).")
  var turns = false

  @Flag(help: "List every missing, wrong-speaker and spurious statement.")
  var errors = false

  @Option(help: "Print the statements extracted from one document (e.g. GUM_news_nasa).")
  var show: String?

  func run() async throws {
    guard let which = GUMSplit.Part(rawValue: part) else {
      throw ValidationError("--part must be test or train")
    }
    let corpus = try GUMCorpus.load(
      directory: gum.map { URL(fileURLWithPath: $0) } ?? GUMCorpus.defaultDirectory())
    let parts = try GUMSplit.load(split.map { URL(fileURLWithPath: $0) } ?? GUMSplit.defaultFile())
    let docs = parts.documents(which, of: corpus)
    let scorer = GUMAttributionScorer(
      extractor: Extractor(gazetteer: try Gazetteer.builtIn()), includeTurns: turns)
    let perDoc = docs.map { ($0, scorer.score($0)) }
    func total(_ keep: (GUMDocument) -> Bool) -> GUMAttributionScore {
      perDoc.filter { keep($0.0) }.reduce(GUMAttributionScore()) { $0 + $1.1 }
    }
    let turnsNote = turns ? "turns included" : "interview turns excluded"
    print("GUM attributions, \(which.rawValue) part, \(docs.count) documents, \(turnsNote)")
    for line in total({ $0.isNewsLike }).lines(title: "news + interview") { print(line) }
    for genre in ["news", "interview"] {
      for line in total({ $0.genre == genre }).lines(title: genre) { print(line) }
    }
    let all = total { _ in true }
    for line in all.lines(title: "all genres") { print(line) }
    let cued = GUMAttributionScorer(
      extractor: scorer.extractor, includeTurns: turns, onlyCued: true)
    let cuedTotal = cued.score(docs.filter(\.isNewsLike))
    let title = "news + interview, only attributions with a cue word in the text"
    for line in cuedTotal.lines(title: title) { print(line) }
    if errors {
      print("mistakes (news + interview):")
      for m in total({ $0.isNewsLike }).mistakes { print("  \(m)") }
    }
    if let show, let doc = corpus.documents.first(where: { $0.name == show }) {
      for line in scorer.listing(doc) { print(line) }
    }
  }
}
