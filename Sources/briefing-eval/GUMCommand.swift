import ArgumentParser
import BriefingEvaluation
import BriefingExtraction
import Foundation

/// `briefing-eval gum`: named mentions on the held-out GUM documents, from the extraction and
/// from the raw name tagger.
struct GUMCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gum",
    abstract: "Score named mentions (per type, exact and overlapping span) on held-out GUM."
  )

  @Option(help: "The GUM corpus folder. Default: ../shared/corpus/gum beside the repository.")
  var corpus: String?

  @Option(help: "The split file. Default: Evaluation/gum-split.tsv.")
  var split: String?

  @Option(help: "A model file to score instead of the built-in one.")
  var model: String?

  /// 0 by default: the held-out documents' errors are read on purpose or not at all (a rule
  /// written from them is tuned to the judge).
  @Option(
    help:
      "List the N most common errors of each kind (news + interviews, extraction); with the default split these are held-out errors, not for choosing rules."
  )
  var errors: Int = 0

  @Option(help: "Print the gold and extracted names of one document (e.g. GUM_news_nasa).")
  var show: String?

  @Flag(
    help:
      "List, for the test documents' news + interviews, each name the raw tagger and the extraction disagree on, and who is right."
  )
  var compare = false

  func run() async throws {
    let gum = try GUMCorpus.load(
      directory: corpus.map { URL(fileURLWithPath: $0) } ?? GUMCorpus.defaultDirectory())
    let parts = try GUMSplit.load(split.map { URL(fileURLWithPath: $0) } ?? GUMSplit.defaultFile())
    let gazetteer = try Gazetteer.builtIn()
    let loadStart = Date()
    let model =
      try self.model.map {
        try NameModel(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))))
      }
      ?? NameModel.builtIn()
    let loadTime = Date().timeIntervalSince(loadStart)
    print(
      "name model: \(model.featureCount) features, loaded in \(String(format: "%.1f", loadTime * 1000)) ms"
    )
    let tagger = NameTagger(model: model, gazetteer: gazetteer)
    let raw = GUMNameEvaluation.score(gum, parts) { tagger.names(in: $0.text) }
    let extractor = Extractor(gazetteer: gazetteer, names: model)
    let full = GUMNameEvaluation.score(gum, parts) {
      GUMNameEvaluation.extracted($0, extractor: extractor)
    }
    if let show, let doc = gum.documents.first(where: { $0.name == show }) {
      print("extraction:")
      GUMNameListing.print(doc, GUMNameEvaluation.extracted(doc, extractor: extractor))
      print("\nraw tagger:")
      GUMNameListing.print(doc, tagger.names(in: doc.text))
      return
    }
    let held = parts.documents(.test, of: gum)
    if compare {
      for doc in held where doc.isNewsLike {
        GUMNameListing.compare(
          doc, extracted: GUMNameEvaluation.extracted(doc, extractor: extractor),
          tagged: tagger.names(in: doc.text))
      }
      return
    }
    print(
      "held-out: \(held.count) documents, \(held.filter(\.isNewsLike).count) news + interview\n")
    print(full.all.table(title: "extraction, all held-out documents"))
    print()
    print(full.news.table(title: "extraction, news + interview"))
    print()
    print(raw.all.table(title: "raw tagger, all held-out documents"))
    print()
    print(raw.news.table(title: "raw tagger, news + interview"))
    if errors > 0 {
      print("\nmost common errors (extraction, news + interview):")
      print(full.news.commonErrors(limit: errors))
    }
    // Who said what on the same documents (details and errors: `briefing-eval gum-attributions`).
    let attributions = GUMAttributionScorer(extractor: extractor).score(held.filter(\.isNewsLike))
    print()
    for line in attributions.lines(
      title: "attributions, news + interview (interview turns excluded)")
    {
      print(line)
    }
  }
}
