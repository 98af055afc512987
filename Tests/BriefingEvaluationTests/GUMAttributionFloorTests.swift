import BriefingExtraction
import Foundation
import Testing

@testable import BriefingEvaluation

/// Who-said-what on GUM's held-out news and interview documents, held to floors just under what
/// the extractor reaches (`briefing-eval gum-attributions`), so a change that loses speakers on
/// text nobody tuned to fails here. Measured (session 8): found F1 0.549, right-speaker F1
/// 0.460, right-speaker precision 0.650 (session 7: 0.586, 0.483, 0.651).
@Suite("GUM attribution floors")
struct GUMAttributionFloorTests {
  @Test("held-out news and interviews: attributions found, and with the right speaker")
  func floors() throws {
    let corpus = try GUMCorpus.load(directory: GUMCorpusTests.gum)
    let split = try GUMSplit.load(GUMCorpusTests.splitFile)
    let docs = split.documents(.test, of: corpus).filter(\.isNewsLike)
    let score = GUMAttributionScorer(extractor: Extractor(gazetteer: try Gazetteer.builtIn()))
      .score(docs)
    // Measured (session 8) found 54.9, right speaker 46.0 (P 65.0): two fewer than session 7
    // (57.4, 48.7), both in one document whose speakers the retrained tagger no longer names
    // ("Mu Li" missed; "WHO say" unmatched).
    #expect(score[.found].f1 >= 0.54, "found F1 \(score[.found].f1)")
    #expect(score[.speaker].f1 >= 0.45, "right-speaker F1 \(score[.speaker].f1)")
    #expect(score[.speaker].precision >= 0.63, "right-speaker P \(score[.speaker].precision)")
  }
}
