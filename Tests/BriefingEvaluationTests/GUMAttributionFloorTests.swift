import BriefingExtraction
import Foundation
import Testing

@testable import BriefingEvaluation

/// Who-said-what on GUM's held-out news and interview documents, held to floors just under what
/// the extractor reaches (`briefing-eval gum-attributions`), so a change that loses speakers on
/// text nobody tuned to fails here. Measured (session 9, speakers no party stands for and
/// interviews): found F1 0.633, right-speaker F1 0.550, right-speaker precision 0.702 (session
/// 8: 0.549, 0.460, 0.650; session 7: 0.586, 0.483, 0.651).
@Suite("GUM attribution floors")
struct GUMAttributionFloorTests {
  @Test("held-out news and interviews: attributions found, and with the right speaker")
  func floors() throws {
    let corpus = try GUMCorpus.load(directory: GUMCorpusTests.gum)
    let split = try GUMSplit.load(GUMCorpusTests.splitFile)
    let docs = split.documents(.test, of: corpus).filter(\.isNewsLike)
    let score = GUMAttributionScorer(extractor: Extractor(gazetteer: try Gazetteer.builtIn()))
      .score(docs)
    // Measured (session 9) found 63.3, right speaker 55.0 (P 70.2; 33 of 73, was 26): seven
    // more right speakers from descriptions ("researchers say"), interviews' "I" and "you",
    // and "he"/"she" for names of unknown gender. Session 8: 54.9, 46.0 (P 65.0).
    #expect(score[.found].f1 >= 0.62, "found F1 \(score[.found].f1)")
    #expect(score[.speaker].f1 >= 0.54, "right-speaker F1 \(score[.speaker].f1)")
    #expect(score[.speaker].precision >= 0.69, "right-speaker P \(score[.speaker].precision)")
  }
}
