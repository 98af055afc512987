import ArgumentParser
import BriefingEvaluation
import BriefingExtraction
import Foundation

/// `briefing-eval train-names`: trains the name tagger on the training part of GUM and writes
/// its weights as the extraction's resource.
struct TrainNamesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-names",
    abstract: "Train the name tagger on GUM's training split and write its model file."
  )

  @Option(help: "The GUM corpus folder. Default: ../shared/corpus/gum beside the repository.")
  var corpus: String?

  @Option(help: "The split file. Default: Evaluation/gum-split.tsv.")
  var split: String?

  @Option(help: "Where to write the model.")
  var output: String = "Sources/BriefingExtraction/Resources/names.model"

  @Option(help: "Training passes over the documents.")
  var epochs: Int = 15

  @Option(help: "Drop features whose largest quantised weight is below this.")
  var prune: Int = 50

  func run() async throws {
    let started = Date()
    let gum = try GUMCorpus.load(
      directory: corpus.map { URL(fileURLWithPath: $0) } ?? GUMCorpus.defaultDirectory())
    let parts = try GUMSplit.load(split.map { URL(fileURLWithPath: $0) } ?? GUMSplit.defaultFile())
    let documents = GUMNameEvaluation.trainingDocuments(gum, parts)
    let trainer = NameTrainer(gazetteer: try Gazetteer.builtIn(), epochs: epochs, pruneBelow: prune)
    let model = trainer.train(documents) { print($0) }
    let bytes = model.serialized()
    try Data(bytes).write(to: URL(fileURLWithPath: output))
    let seconds = Date().timeIntervalSince(started)
    print(
      "trained on \(documents.count) documents, \(epochs) epochs: \(model.featureCount) features, "
        + "\(bytes.count) bytes → \(output) in \(String(format: "%.1f", seconds)) s")
  }
}
