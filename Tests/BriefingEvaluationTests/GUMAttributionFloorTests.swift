import BriefingExtraction
import Foundation
import Testing

@testable import BriefingEvaluation

/// Who-said-what on GUM's held-out news and interview documents, held to floors just under what
/// the extractor reaches (`briefing-eval gum-attributions`), so a change that loses speakers on
/// text nobody tuned to fails here. Measured (session 14: speakers away from the verb): found F1
/// 0.774, right-speaker F1 0.701, right-speaker precision 0.750 (session 12: 0.761, 0.672,
/// 0.738; session 10: 0.748, 0.656, 0.741; session 9: 0.633, 0.550, 0.702; session 8: 0.549,
/// 0.460, 0.650).
@Suite("GUM attribution floors")
struct GUMAttributionFloorTests {
  @Test("held-out news and interviews: attributions found, and with the right speaker")
  func floors() throws {
    let corpus = try GUMCorpus.load(directory: GUMCorpusTests.gum)
    let split = try GUMSplit.load(GUMCorpusTests.splitFile)
    let docs = split.documents(.test, of: corpus).filter(\.isNewsLike)
    let score = GUMAttributionScorer(extractor: Extractor(gazetteer: try Gazetteer.builtIn()))
      .score(docs)
    // Measured (session 12) found 76.1, right speaker 67.2 (P 73.8; 45 of 73, was 44): the
    // floors rise to just under them, since every rule of the session was chosen from the
    // train part's error list and these documents were read only at the start and the end.
    // Measured again after merging ner6 (lexicon, Viterbi): the same 76.1 / 67.2 / P 73.8.
    // Session 10: 74.8, 65.6 (P 74.1); session 9: 63.3, 55.0 (P 70.2); session 8: 54.9, 46.0.
    // Session 14 (speak4; rules chosen on the train part, the tuned gold group and 200
    // benchmark articles): found 77.4, right speaker 70.1 (P 75.0; 48 of 73). Sessions 15 and 16
    // (speak6, speak7; train part 71.9 → 73.0 → 73.6): the same 77.4 / 70.1 / P 75.0 here.
    #expect(score[.found].f1 >= 0.77, "found F1 \(score[.found].f1)")
    #expect(score[.speaker].f1 >= 0.695, "right-speaker F1 \(score[.speaker].f1)")
    #expect(score[.speaker].precision >= 0.745, "right-speaker P \(score[.speaker].precision)")
  }
}
