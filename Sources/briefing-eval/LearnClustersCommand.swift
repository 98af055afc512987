import ArgumentParser
import BriefingEvaluation
import BriefingExtraction
import Foundation

/// `briefing-eval learn-clusters`: learns the name tagger's word classes from unlabelled text,
/// the TimeBank/AQUAINT news and the text of GUM's training part (never the held-out documents),
/// and writes them as the extraction's resource.
struct LearnClustersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "learn-clusters",
    abstract: "Learn word classes from unlabelled text (TBAQ + GUM train) for the name tagger."
  )

  @Option(help: "A folder of .tml files. Default: ../shared/corpus/tbaq beside the repository.")
  var timeml: String?

  @Option(help: "The GUM corpus folder. Default: ../shared/corpus/gum beside the repository.")
  var corpus: String?

  @Option(help: "The split file. Default: Evaluation/gum-split.tsv (only its train part is read).")
  var split: String?

  @Option(help: "Where to write the classes.")
  var output: String = "Sources/BriefingExtraction/Resources/clusters.tsv"

  @Option(help: "Words seen fewer times get no class.")
  var minCount = 3

  @Option(help: "At most this many words (the most frequent) get a class.")
  var maxWords = 8000

  @Option(help: "How many of the most frequent tokens describe a word's left and right.")
  var contextWords = 300

  func run() async throws {
    let started = Date()
    let tbaq = try TimeMLCorpus.load(
      directory: timeml.map { URL(fileURLWithPath: $0) } ?? TimeMLCommand.defaultCorpus())
    let gum = try GUMCorpus.load(
      directory: corpus.map { URL(fileURLWithPath: $0) } ?? GUMCorpus.defaultDirectory())
    let parts = try GUMSplit.load(split.map { URL(fileURLWithPath: $0) } ?? GUMSplit.defaultFile())
    let texts = tbaq.documents.map(\.text) + parts.documents(.train, of: gum).map(\.text)
    let clusters = WordClusterLearner(
      minCount: minCount, maxWords: maxWords, contextWords: contextWords
    )
    .learn(texts)
    let text = clusters.serialized()
    try text.write(toFile: output, atomically: true, encoding: .utf8)
    let words = texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
    let seconds = Date().timeIntervalSince(started)
    print(
      "\(texts.count) documents, \(words) words: \(clusters.count) words in classes, "
        + "\(text.utf8.count) bytes → \(output) in \(String(format: "%.1f", seconds)) s")
  }
}
