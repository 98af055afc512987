import ArgumentParser
import BriefingEvaluation
import BriefingExtraction
import Foundation

/// `briefing-eval train-names`: trains the name tagger on the training part of GUM (and, when
/// asked, the tuned gold set's articles, the hand-written paragraphs of `Evaluation/names` and
/// the hand-annotated TimeBank and AQUAINT news of `Evaluation/names-tbaq`: see docs/names.md
/// for what each did), and writes its weights as the extraction's resource.
struct TrainNamesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-names",
    abstract: "Train the name tagger on GUM's training split (and optionally more annotated text)."
  )

  @Option(help: "The GUM corpus folder. Default: ../shared/corpus/gum beside the repository.")
  var corpus: String?

  @Option(help: "The split file. Default: Evaluation/gum-split.tsv.")
  var split: String?

  @Option(help: "A tuned gold set to train on as well (Evaluation/gold); 'none' for GUM only.")
  var gold = "none"

  @Option(help: "A folder of hand-annotated text to train on as well (Evaluation/names); 'none'.")
  var extra = "none"

  @Option(help: "How many times each epoch visits every gold and extra document.")
  var repeats: Int = 1

  @Option(
    help:
      "A folder of name annotations of TimeML news to train on as well (Evaluation/names-tbaq, or one part of it); 'none'."
  )
  var timemlNames = "none"

  @Option(
    help:
      "The TimeML articles those offsets point into, laid out as the annotations are. Default: ../shared/corpus/tbaq."
  )
  var timemlText: String?

  @Option(
    help:
      "Train only on the `train` rows of this split of the TimeML annotation (Evaluation/names-tbaq-split.tsv; ids relative to --timeml-names)."
  )
  var timemlSplit: String?

  @Option(help: "How many times each epoch visits every TimeML document.")
  var timemlRepeats: Int = 1

  @Option(help: "How much each TimeML document's corrections count against a GUM document's (1).")
  var timemlWeight: Double = 1

  @Flag(help: "Learn from the TimeML documents without the article memory's features.")
  var timemlWithoutMemory = false

  @Flag(help: "Session 17: the tagger reads the article's organisation and product frames.")
  var articleFrames = false

  @Flag(help: "Session 18: the tagger reads organisation head words anywhere in a capitalised run.")
  var organizationRuns = false

  @Option(help: "How many times each epoch visits every GUM training document.")
  var gumRepeats: Int = 1

  @Option(help: "Where to write the model.")
  var output: String = "Sources/BriefingExtraction/Resources/names.model"

  @Option(help: "Training passes over the documents.")
  var epochs: Int = 8

  @Option(help: "Drop features whose largest quantised weight is below this.")
  var prune: Int = 50

  @Option(help: "The seed of the document order.")
  var seed: UInt64 = 15

  @Option(
    help:
      "The article memory: 'first' (the kind a word was first tagged), 'two-pass' (the majority of a first reading without memory) or 'agree' (two-pass, a majority of most of the word's mentions only) or 'others' (two-pass, each mention's kind from the word's other mentions), 'whole' (two-pass, a word's one-word names first) or 'evidence' (two-pass, read beside the lexicon)."
  )
  var memory = "first"

  func run() async throws {
    let started = Date()
    let gum = try GUMCorpus.load(
      directory: corpus.map { URL(fileURLWithPath: $0) } ?? GUMCorpus.defaultDirectory())
    let parts = try GUMSplit.load(split.map { URL(fileURLWithPath: $0) } ?? GUMSplit.defaultFile())
    let gumDocuments = GUMNameEvaluation.trainingDocuments(gum, parts)
    let gumCount = gumDocuments.count
    var documents: [NameTrainer.Document] = []
    for _ in 0..<max(gumRepeats, 1) { documents += gumDocuments }
    var added: [NameTrainer.Document] = []
    if gold != "none" {
      added += try Self.goldDocuments(gold).map(\.document)
    }
    let goldCount = added.count
    if extra != "none" { added += try Self.extraDocuments(extra) }
    let extraCount = added.count - goldCount
    for _ in 0..<max(repeats, 1) { documents += added }
    var news =
      timemlNames == "none"
      ? [] : try Self.timeMLDocuments(timemlNames, text: timemlText, split: timemlSplit)
    for i in news.indices {
      news[i].weight = timemlWeight
      news[i].remembers = !timemlWithoutMemory
    }
    for _ in 0..<max(timemlRepeats, 1) { documents += news }
    let agreeing = self.memory == "agree"
    let othersOnly = self.memory == "others"
    let wholeNames = self.memory == "whole"
    let evidence = self.memory == "evidence"
    guard
      let memory = agreeing || othersOnly || wholeNames || evidence
        ? .twoPass : NameModel.Memory(rawValue: memory)
    else {
      throw ValidationError(
        "--memory: 'first', 'two-pass', 'agree', 'others', 'whole' or 'evidence', not '\(self.memory)'"
      )
    }
    var trainer = NameTrainer(
      gazetteer: try Gazetteer.builtIn(), epochs: epochs, seed: seed, pruneBelow: prune,
      memory: memory, agreeing: agreeing)
    trainer.articleFrames = articleFrames
    trainer.othersOnly = othersOnly
    trainer.wholeNames = wholeNames
    trainer.memoryEvidence = evidence
    trainer.organizationRuns = organizationRuns
    let model = trainer.train(documents) { print($0) }
    let bytes = model.serialized()
    try Data(bytes).write(to: URL(fileURLWithPath: output))
    let seconds = Date().timeIntervalSince(started)
    print(
      "trained on \(gumCount) GUM (×\(gumRepeats)) + \(goldCount) gold + \(extraCount) extra documents (×\(repeats)) + \(news.count) TimeML (×\(timemlRepeats), weight \(timemlWeight)), "
        + "\(epochs) epochs, \(self.memory) memory: \(model.featureCount) features, "
        + "\(bytes.count) bytes → \(output) in \(String(format: "%.1f", seconds)) s")
  }

  /// The tuned gold set's articles with their names; the held-out group is refused.
  static func goldDocuments(_ folder: String) throws -> [GoldNameDocuments.Annotated] {
    let root = URL(fileURLWithPath: ".")
    let url = URL(fileURLWithPath: folder, relativeTo: root).standardizedFileURL
    do {
      return try GoldNameDocuments(repositoryRoot: root, goldDirectory: url).load()
    } catch let error as GoldError {
      throw ValidationError(error.description)
    }
  }

  /// TimeML news with the team's annotation (`Evaluation/names-tbaq`), the text read from the
  /// corpus (only the split's `train` rows when a split is given); a surface that is not the
  /// text at its offsets stops training.
  static func timeMLDocuments(_ folder: String, text: String?, split: String?) throws
    -> [NameTrainer.Document]
  {
    let corpus = text.map { URL(fileURLWithPath: $0) } ?? TimeMLNameDocuments.defaultCorpus()
    do {
      let all = try TimeMLNameDocuments(annotations: URL(fileURLWithPath: folder), corpus: corpus)
        .load()
      guard let split else { return all.map(\.document) }
      let train = try TimeMLNameSplit.load(URL(fileURLWithPath: split)).documents(.train, of: all)
      guard !train.isEmpty else {
        throw ValidationError("--timeml-split: no train row names an article under \(folder)")
      }
      return train.map(\.document)
    } catch let error as GUMError {
      throw ValidationError(error.description)
    }
  }

  /// Every `*.txt` of a folder, in name order, read as `NameMarkup`.
  static func extraDocuments(_ folder: String) throws -> [NameTrainer.Document] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { name in
      let path = (folder as NSString).appendingPathComponent(name)
      return try NameMarkup.parse(String(contentsOfFile: path, encoding: .utf8), file: path)
    }
  }
}
