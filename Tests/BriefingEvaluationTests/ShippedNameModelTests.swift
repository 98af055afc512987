import BriefingExtraction
import Foundation
import Testing

@testable import BriefingEvaluation

/// The weights shipped in `Resources/names.model` are the ones `briefing-eval train-names`
/// makes from GUM's train part with its default options, byte for byte: a change to the
/// features, head nouns or gazetteer that alters training fails here until the model is
/// retrained and its scores looked at again (session 11 found a model no command could make).
@Suite struct ShippedNameModelTests {
  @Test func theShippedModelIsWhatTrainNamesMakes() throws {
    let corpus = try GUMCorpus.load(directory: GUMCorpusTests.gum)
    let split = try GUMSplit.load(GUMCorpusTests.splitFile)
    let documents = GUMNameEvaluation.trainingDocuments(corpus, split)
    #expect(documents.count == 76)
    let trained = NameTrainer(gazetteer: try Gazetteer.builtIn()).train(documents).serialized()
    let shipped = try [UInt8](
      Data(
        contentsOf: GUMCorpusTests.repoRoot.appendingPathComponent(
          "Sources/BriefingExtraction/Resources/names.model")))
    // Compared as a Bool: a failing comparison of two 425 KB arrays would print both.
    let firstDifference = (0..<min(trained.count, shipped.count)).first {
      trained[$0] != shipped[$0]
    }
    let same = trained.count == shipped.count && firstDifference == nil
    #expect(
      same,
      "\(trained.count) bytes trained, \(shipped.count) shipped, first difference at \(firstDifference ?? -1): retrain with `briefing-eval train-names` and re-score"
    )
  }
}
