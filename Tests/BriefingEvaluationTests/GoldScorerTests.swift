import BriefingModels
import Testing

@testable import BriefingEvaluation

/// The scorer itself, on small gold files written here and briefings built by hand.
@Suite("Gold scorer")
struct GoldScorerTests {
  static let gold = """
    article: content/a.txt
    date: 2025-06-02
    parties:
      - id: russia
        names: [Moscow]
      - id: ukraine
        names: [Kyiv]
      - id: dmitry-peskov
        names: [Dmitry Peskov]
    events:
      - date: 2025-06-02
        kind: meeting
        parties: [russia, ukraine]
        places: [Istanbul]
        quote: "met in Istanbul"
      - date: 2025-06-07
        kind: exchange
        parties: [russia, ukraine]
        places: []
        quote: "failed to appear"
    statements:
      - party: ukraine
        speaker: null
        stance: deny
        target: russia
        cue: denied
        quote: "Kyiv denied Moscow’s claims"
      - party: dmitry-peskov
        speaker: Dmitry Peskov
        stance: commit
        target: null
        cue: said
        quote: "Peskov said"
    """

  static let briefing = Briefing(
    article: ArticleMeta(id: "a", path: "content/a.txt", title: "A"),
    sentences: [
      "Moscow and Kyiv met in Istanbul on June 2.",
      "On June 7, Ukrainian officials failed to appear.",
      "Kyiv denied Moscow's claims.",
      "Dmitry Peskov said Russia was ready.",
    ],
    parties: [
      Party(id: "russia", name: "Russia", kind: .state),
      Party(id: "ukraine", name: "Ukraine", kind: .state),
      Party(id: "kremlin", name: "Kremlin", kind: .organization),
    ],
    events: [
      Event(
        id: "e1", date: EventDate(value: "2025-06-02", precision: .day, text: "June 2"),
        text: "", sentence: 0, parties: ["ukraine", "russia"], places: ["istanbul"],
        kind: .negotiation),
      Event(
        id: "e2", date: EventDate(value: "2025-06-08", precision: .day, text: "June 7"),
        text: "", sentence: 1, parties: ["ukraine"], places: [], kind: .exchange),
    ],
    statements: [
      Statement(
        party: "ukraine", cue: "denied", stance: .deny, text: "", target: "russia", sentence: 2),
      Statement(party: "russia", cue: "said", stance: .assert, text: "", sentence: 3),
    ])

  @Test("parties score as sets of ids")
  func parties() throws {
    let s = GoldScorer().score(
      Self.briefing, against: try GoldSet.parse(Self.gold, path: "a.gold.yml"))
    #expect(s.parties.matchedGold == 2)
    #expect(s.parties.extracted == 3)
    #expect(abs(s.parties.precision - 2.0 / 3.0) < 1e-9)
    #expect(abs(s.parties.recall - 2.0 / 3.0) < 1e-9)
    #expect(s.mistakes.contains { $0.kind == .missingParty && $0.detail == "dmitry-peskov" })
    #expect(s.mistakes.contains { $0.kind == .spuriousParty && $0.detail.hasPrefix("kremlin") })
  }

  @Test(
    "an event matches on quote and date; kind, parties and places are attributes (places case-blind)"
  )
  func events() throws {
    let s = GoldScorer().score(
      Self.briefing, against: try GoldSet.parse(Self.gold, path: "a.gold.yml"))
    #expect(s.events.matchedGold == 1)  // the June 7 event has the wrong date
    #expect(s.events.precision == 0.5)
    #expect(s.eventKind.correct == 0 && s.eventKind.total == 1)
    #expect(s.eventParties.correct == 1)
    #expect(s.eventPlaces.correct == 1)
    #expect(
      s.mistakes.contains {
        $0.kind == .missingEvent && $0.detail.contains("found with date 2025-06-08")
      })
  }

  @Test(
    "a statement matches on quote and party, typographic apostrophes aside; stance and target are attributes"
  )
  func statements() throws {
    let s = GoldScorer().score(
      Self.briefing, against: try GoldSet.parse(Self.gold, path: "a.gold.yml"))
    #expect(s.statements.matchedGold == 1)
    #expect(s.statements.recall == 0.5)
    #expect(s.stance.correct == 1 && s.target.correct == 1)
    #expect(
      s.mistakes.contains {
        $0.kind == .missingStatement && $0.detail.contains("found as russia assert")
      })
    #expect(s.statements.f1 == 0.5)
  }

  @Test("a gold file that is not one names its path")
  func badFile() {
    #expect(throws: GoldError.self) { try GoldSet.parse("article: [", path: "broken.gold.yml") }
  }
}
