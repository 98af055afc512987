import BriefingModels
import Testing

@testable import BriefingEvaluation

/// A matched event's parties scored as sets of ids, beside exact set equality: each gold id is
/// found or missed, each extracted id right or spurious, summed over matched events only.
@Suite("Event parties as sets")
struct EventPartySetScoreTests {
  static let gold = """
    article: content/b.txt
    date: 2025-06-02
    parties:
      - id: russia
        names: [Moscow]
      - id: ukraine
        names: [Kyiv]
      - id: turkey
        names: [Ankara]
    events:
      - date: 2025-06-02
        kind: meeting
        parties: [russia, ukraine, turkey]
        places: [Istanbul]
        quote: "met in Istanbul"
      - date: 2025-06-07
        kind: exchange
        parties: [russia, ukraine]
        places: []
        quote: "exchanged prisoners"
      - date: 2025-06-09
        kind: other
        parties: []
        places: []
        quote: "a storm hit"
      - date: 2025-06-11
        kind: other
        parties: [ukraine]
        places: []
        quote: "never extracted"
    statements: []
    """

  static func event(_ date: String, _ sentence: Int, _ parties: [String]) -> Event {
    Event(
      id: "e\(sentence)", date: EventDate(value: date, precision: .day, text: date), text: "",
      sentence: sentence, parties: parties, places: [], kind: .other)
  }

  static let briefing = Briefing(
    article: ArticleMeta(id: "b", path: "content/b.txt", title: "B"),
    sentences: [
      "Moscow and Kyiv met in Istanbul on June 2, hosted by Ankara.",
      "On June 7 they exchanged prisoners.",
      "On June 9 a storm hit the coast.",
      "On June 10 Kyiv said nothing.",
    ],
    parties: [],
    events: [
      event("2025-06-02", 0, ["russia", "kremlin"]),  // 1 of 3 found, 1 spurious
      event("2025-06-07", 1, ["ukraine", "russia"]),  // exact
      event("2025-06-09", 2, []),  // exact, and empty on both sides: counts nothing
      event("2025-06-10", 3, ["ukraine"]),  // unmatched event: its parties are not scored
    ])

  static func score() throws -> GoldScore {
    GoldScorer().score(briefing, against: try GoldSet.parse(gold, path: "b.gold.yml"))
  }

  @Test("ids are counted over matched events: found, missed, spurious")
  func counts() throws {
    let ids = try Self.score().eventPartyIDs
    #expect(ids.gold == 5)  // 3 + 2 + 0; the unmatched gold event is not counted
    #expect(ids.extracted == 4)  // 2 + 2 + 0; the unmatched extracted event is not counted
    #expect(ids.matchedGold == 3 && ids.matchedExtracted == 3)
    #expect(abs(ids.precision - 3.0 / 4.0) < 1e-9)
    #expect(abs(ids.recall - 3.0 / 5.0) < 1e-9)
  }

  @Test("exact set accuracy stays beside the set measure")
  func exactAccuracy() throws {
    let s = try Self.score()
    #expect(s.eventParties.total == 3)
    #expect(s.eventParties.correct == 2)
  }

  @Test("the error list names the missing and the spurious ids of each event")
  func errorList() throws {
    let wrong = try Self.score().mistakes.filter { $0.kind == .eventParties }
    #expect(wrong.count == 1)
    let detail = wrong.first?.detail ?? ""
    #expect(detail.contains("missing [\"turkey\", \"ukraine\"]"))
    #expect(detail.contains("spurious [\"kremlin\"]"))
    #expect(detail.hasSuffix("“met in Istanbul”"))
  }

  @Test("the set measure adds up across articles and is printed")
  func totals() throws {
    let s = try Self.score()
    let twice = s + s
    #expect(twice.eventPartyIDs.gold == 10 && twice.eventPartyIDs.matchedGold == 6)
    let report = GoldEvaluation.Report(articles: [("b", s)], total: s)
    let text = report.text(listingMistakes: false)
    #expect(text.contains("event parties as sets over matched events: P  75.0  R  60.0  F1  66.7"))
  }
}
