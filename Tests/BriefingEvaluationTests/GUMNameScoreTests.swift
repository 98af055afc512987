import BriefingExtraction
import Foundation
import Testing

@testable import BriefingEvaluation

/// The name scorer on a document made here, and the held-out GUM scores held at their floors.
@Suite struct GUMNameScoreTests {
  @Test func scoresExactAndOverlappingSpansPerType() {
    let text = "Steve Jobs of Apple Inc. visited Paris.\n"
    let doc = GUMDocument(
      name: "t", genre: "news", gumPartition: "test", text: text,
      mentions: [
        GUMMention(start: 0, end: 10, kind: .person, text: "Steve Jobs", entity: "e1"),
        GUMMention(start: 14, end: 24, kind: .organization, text: "Apple Inc.", entity: "e2"),
        GUMMention(start: 33, end: 38, kind: .place, text: "Paris", entity: "e3"),
      ], attributions: [])
    var score = GUMNameScore()
    score.add(
      gold: doc.flatMentions,
      predicted: [
        NameSpan(start: 0, end: 10, kind: .person),
        NameSpan(start: 14, end: 19, kind: .organization),
        NameSpan(start: 33, end: 38, kind: .person),
      ], in: doc)
    let person = score.byKind[.person]!
    #expect(person.gold == 1 && person.predicted == 2 && person.exact == 1)
    #expect(person.exactPrecision == 0.5 && person.exactRecall == 1)
    let org = score.byKind[.organization]!
    #expect(org.exact == 0 && org.overlapGold == 1 && org.overlapF1 == 1)
    #expect(score.byKind[.place]!.overlapRecall == 0)
    #expect(Set(score.errors.map(\.kind)) == [.span, .type])
  }

  /// Floors just under what the extraction reached on the held-out split (README, "Names on
  /// GUM"); the aims of issue 15 (person and organisation F1 ≥ 0.85 on news + interviews) are
  /// not reached yet.
  @Test func heldOutScoresHoldTheirFloors() throws {
    let corpus = try GUMCorpus.load(directory: GUMCorpusTests.gum)
    let split = try GUMSplit.load(GUMCorpusTests.splitFile)
    let extractor = Extractor(gazetteer: try Gazetteer.builtIn())
    let (all, news) = GUMNameEvaluation.score(corpus, split) {
      GUMNameEvaluation.extracted($0, extractor: extractor)
    }
    #expect(all.all.overlapF1 >= Floors.allOverlap)
    #expect(all.all.exactF1 >= Floors.allExact)
    #expect(news.byKind[.person]!.exactF1 >= Floors.newsPerson)
    #expect(news.byKind[.organization]!.exactF1 >= Floors.newsOrganization)
    #expect(news.byKind[.place]!.exactF1 >= Floors.newsPlace)
  }

  enum Floors {
    /// Measured 0.750 in session 12 (world lexicon, Viterbi decoding; 0.716 before; overlapping
    /// span, all types, all 19 held-out documents; 0.677 before session 8). Session 13 (the
    /// tagger's span wins an overlap where the evidence says so): 0.787.
    static let allOverlap = 0.78
    /// Measured 0.686 in session 12 (0.637 before; 0.623 with session 10's model; 0.596 before
    /// session 8). Session 13: 0.721. Session 14: 0.723.
    static let allExact = 0.72
    /// Measured 0.751 (exact span, news + interviews). Session 6 measured 0.715, session 7
    /// 0.676: the tagger's article memory then kept the last kind a word was tagged, so one stray
    /// "person" ("Virginia's Attorney General") flipped every later "Virginia"; it now keeps the
    /// first (session 8). Session 12 (lexicon of given names, Viterbi, surnames the rules found
    /// widened to the tagger's full name): 0.804. Session 13: 0.815.
    static let newsPerson = 0.80
    /// Measured 0.537 with the model `briefing-eval train-names` gives on today's code (session
    /// 11). The model shipped before measured 0.568 but could no longer be made by any command:
    /// the head nouns and gazetteer it was trained with had changed since. A model the one
    /// command reproduces comes first; the floor moves to just under it (0.577 in session 7).
    /// Session 12: 0.559. Session 13 ("Sky News", "Deseret News" no longer people, "U.S.
    /// Department of Agriculture" whole): 0.615. Session 14: 0.611.
    static let newsOrganization = 0.60
    /// Session 13 ("Johnson Space Center" a place as the tagger reads it): 0.742 (0.657 before).
    /// Session 14: 0.759.
    static let newsPlace = 0.75
  }
}
