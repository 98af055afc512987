import BriefingExtraction
import Foundation
import Testing

@testable import BriefingEvaluation

/// Who-said-what on GUM's held-out news and interview documents, held to floors just under what
/// the extractor reaches (`briefing-eval gum-attributions`), so a change that loses speakers on
/// text nobody tuned to fails here. Measured (session 10, credit lines, quoted and nested
/// opinions, two claims of an interviewee): found F1 0.748, right-speaker F1 0.656,
/// right-speaker precision 0.741 (session 9: 0.633, 0.550, 0.702; session 8: 0.549, 0.460,
/// 0.650).
@Suite("GUM attribution floors")
struct GUMAttributionFloorTests {
  @Test("held-out news and interviews: attributions found, and with the right speaker")
  func floors() throws {
    let corpus = try GUMCorpus.load(directory: GUMCorpusTests.gum)
    let split = try GUMSplit.load(GUMCorpusTests.splitFile)
    let docs = split.documents(.test, of: corpus).filter(\.isNewsLike)
    let score = GUMAttributionScorer(extractor: Extractor(gazetteer: try Gazetteer.builtIn()))
      .score(docs)
    // Measured (session 10) found 74.8, right speaker 65.6 (P 74.1; 43 of 73, was 33): the
    // floors rise to just under them, since every rule of the session was chosen from the
    // train part's error list and these documents were read only at the start and the end.
    // Session 9: 63.3, 55.0 (P 70.2); session 8: 54.9, 46.0 (P 65.0). Session 12 (the name
    // tagger's lexicon and Viterbi decoding; no statement rule changed): found 76.1, right
    // speaker 65.7 (44 of 73), P 72.1 (61 extracted, was 58): more named speakers are found, a
    // few of them for the wrong claim, so the precision floor moves to 0.71.
    #expect(score[.found].f1 >= 0.74, "found F1 \(score[.found].f1)")
    #expect(score[.speaker].f1 >= 0.65, "right-speaker F1 \(score[.speaker].f1)")
    #expect(score[.speaker].precision >= 0.71, "right-speaker P \(score[.speaker].precision)")
  }
}
