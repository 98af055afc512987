import BriefingModels
import Testing

@testable import BriefingExtraction

/// Who stands with whom, read from briefings the tests build: each rule of ``RelationFinder``
/// on a sentence that keeps it or breaks it.
@Suite("Relations between parties")
struct RelationFinderTests {
  static let registry = [
    Party(id: "russia", name: "Russia", kind: .state),
    Party(id: "ukraine", name: "Ukraine", kind: .state),
    Party(id: "turkey", name: "Türkiye", kind: .state),
    Party(id: "nato", name: "NATO", kind: .organization),
    Party(id: "kremlin", name: "Kremlin", kind: .organization, parent: "russia"),
    Party(id: "vladimir-medinsky", name: "Vladimir Medinsky", kind: .person, parent: "russia"),
  ]

  /// A briefing of one article whose sentence `i` names the parties given by (id, words).
  static func briefing(
    _ sentences: [String], names: [(id: String, text: String, sentence: Int)] = [],
    events: [Event] = [], statements: [Statement] = [], id: String = "a",
    published: String = "2025-06-09"
  ) -> Briefing {
    var parties: [String: Party] = [:]
    for n in names {
      var p = parties[n.id] ?? Party(id: n.id, name: n.id, kind: .state)
      p.mentions.append(Mention(sentence: n.sentence, text: n.text))
      parties[n.id] = p
    }
    return Briefing(
      article: ArticleMeta(id: id, path: "\(id).md", title: id, published: published),
      sentences: sentences, parties: parties.values.sorted { $0.id < $1.id }, events: events,
      statements: statements)
  }

  static func event(
    _ kind: Event.Kind, _ parties: [String], sentence: Int = 0, date: String = "2025-06-02"
  ) -> Event {
    Event(
      id: "e\(sentence)", date: EventDate(value: date, precision: .day, text: date), text: "",
      sentence: sentence, parties: parties, kind: kind)
  }

  static func find(_ briefings: Briefing...) -> [Relation] {
    RelationFinder(parties: registry).relations(briefings)
  }

  @Test("an accusation aimed at a party is an accused edge from the speaker to the target")
  func accusation() {
    let b = Self.briefing(
      ["Russia accused Ukraine of delaying the exchange."],
      names: [("russia", "Russia", 0), ("ukraine", "Ukraine", 0)],
      statements: [
        Statement(
          party: "russia", cue: "accused", stance: .accuse, text: "Ukraine of delaying",
          target: "ukraine", sentence: 0)
      ])
    #expect(
      Self.find(b) == [
        Relation(
          from: "russia", to: "ukraine", kind: .accused,
          evidence: [
            RelationEvidence(
              article: "a", sentence: 0, text: "Russia accused Ukraine of delaying the exchange.")
          ])
      ])
  }

  @Test("two parties in a meeting met, once, whichever is named first")
  func meeting() {
    let b = Self.briefing(
      ["Ukraine and Russia met in Istanbul on June 2.", "The talks lasted an hour."],
      names: [("ukraine", "Ukraine", 0), ("russia", "Russia", 0)],
      events: [
        Self.event(.meeting, ["ukraine", "russia"]),
        Self.event(.meeting, ["ukraine", "russia"], sentence: 1),
      ])
    let relations = Self.find(b)
    #expect(relations.map(\.kind) == [.met])
    #expect(relations.first?.from == "russia")
    #expect(relations.first?.to == "ukraine")
    #expect(relations.first?.evidence.map(\.sentence) == [0, 1])
  }

  @Test("a statement aimed at no party, or not accusing or demanding, makes no edge")
  func noTarget() {
    let b = Self.briefing(
      ["Russia accused unnamed officials of delays.", "Russia said Ukraine was ready."],
      names: [("russia", "Russia", 0), ("russia", "Russia", 1), ("ukraine", "Ukraine", 1)],
      statements: [
        Statement(
          party: "russia", cue: "accused", stance: .accuse, text: "unnamed officials", sentence: 0),
        Statement(
          party: "russia", cue: "said", stance: .assert, text: "Ukraine was ready",
          target: "ukraine", sentence: 1),
      ])
    #expect(Self.find(b) == [])
  }

  @Test("a demand goes from who demands to whom; the target must follow the reporting words")
  func demands() {
    let b = Self.briefing(
      [
        "Medinsky called on Kyiv to keep its promises.",
        "Lavrov accused European governments of pushing Kyiv to reject it.",
        "Ukraine's allies urged Moscow to accept a ceasefire.",
        "Zakharova said Kyiv's sponsors bore responsibility.",
      ],
      names: [
        ("vladimir-medinsky", "Medinsky", 0), ("ukraine", "Kyiv", 0), ("ukraine", "Kyiv", 1),
        ("ukraine", "Ukraine", 2), ("russia", "Moscow", 2), ("ukraine", "Kyiv", 3),
      ],
      statements: [
        Statement(
          party: "vladimir-medinsky", cue: "called on", stance: .demand, text: "Kyiv to keep",
          target: "ukraine", sentence: 0),
        Statement(
          party: "russia", cue: "accused", stance: .accuse, text: "European governments",
          target: "ukraine", sentence: 1),
        // The speaker is "Ukraine's allies", not Ukraine.
        Statement(
          party: "ukraine", cue: "urged", stance: .demand, text: "Moscow to accept",
          target: "russia", sentence: 2),
        // The target is Kyiv's sponsors, not Kyiv.
        Statement(
          party: "russia", cue: "said", stance: .accuse, text: "Kyiv's sponsors bore",
          target: "ukraine", sentence: 3),
      ])
    let relations = Self.find(b)
    #expect(
      relations.map { "\($0.from) \($0.kind) \($0.to)" } == ["vladimir-medinsky demanded ukraine"])
  }

  @Test("parties on one side relate to no one through each other")
  func sameSide() {
    let b = Self.briefing(
      ["Medinsky met Kremlin officials and Russia's negotiators on June 2."],
      names: [
        ("vladimir-medinsky", "Medinsky", 0), ("kremlin", "Kremlin", 0), ("russia", "Russia", 0),
      ],
      events: [Self.event(.meeting, ["vladimir-medinsky", "kremlin", "russia"])])
    #expect(Self.find(b) == [])
  }

  @Test("meetings that did not happen, may not, or are still to come are no relation")
  func unrealised() {
    let sentences = [
      "Russia and Ukraine failed to meet on June 2.",
      "Russia and Ukraine will meet again on June 16.",
      "Russia and Ukraine could meet in Istanbul in June.",
      "Russia and Ukraine meet in Istanbul on June 20.",
    ]
    var names: [(id: String, text: String, sentence: Int)] = []
    for i in sentences.indices { names += [("russia", "Russia", i), ("ukraine", "Ukraine", i)] }
    let b = Self.briefing(
      sentences, names: names,
      events: [
        Self.event(.meeting, ["russia", "ukraine"], sentence: 0),
        Self.event(.meeting, ["russia", "ukraine"], sentence: 1, date: "2025-06-16"),
        Self.event(.meeting, ["russia", "ukraine"], sentence: 2),
        // Dated after the article (2025-06-09): planned, not held.
        Self.event(.meeting, ["russia", "ukraine"], sentence: 3, date: "2025-06-20"),
      ])
    #expect(Self.find(b) == [])
    // "May" the month is no "may" of doubt.
    let held = Self.briefing(
      ["Russia and Ukraine met in Istanbul on May 16."],
      names: [("russia", "Russia", 0), ("ukraine", "Ukraine", 0)],
      events: [Self.event(.meeting, ["russia", "ukraine"], date: "2025-05-16")])
    #expect(Self.find(held).map(\.kind) == [.met])
  }

  @Test("an agreement needs a verb that says it was reached; who reports it is no party to it")
  func agreements() {
    let b = Self.briefing(
      [
        "According to Türkiye, the sides agreed to exchange prisoners on June 2.",
        "The ceasefire between Russia and Ukraine on June 2 was a topic.",
        "Russia and Ukraine signed a memorandum on June 2.",
      ],
      names: [
        ("turkey", "Türkiye", 0), ("russia", "Russia", 1), ("ukraine", "Ukraine", 1),
        ("russia", "Russia", 2), ("ukraine", "Ukraine", 2),
      ],
      events: [
        Self.event(.agreement, ["turkey", "ukraine"], sentence: 0),
        Self.event(.agreement, ["russia", "ukraine"], sentence: 1),
        Self.event(.agreement, ["russia", "ukraine"], sentence: 2),
      ],
      statements: [
        Statement(
          party: "turkey", cue: "According to", stance: .assert, text: "the sides agreed",
          sentence: 0)
      ])
    let relations = Self.find(b)
    #expect(relations.map { "\($0.from) \($0.kind) \($0.to)" } == ["russia agreed ukraine"])
    #expect(relations.first?.evidence.map(\.sentence) == [2])
  }

  @Test("a party named only as an attribute ('a NATO member') took no part")
  func inPassing() {
    let b = Self.briefing(
      ["Türkiye, a NATO member, hosted talks between Russia and Ukraine on June 2."],
      names: [
        ("turkey", "Türkiye", 0), ("nato", "NATO", 0), ("russia", "Russia", 0),
        ("ukraine", "Ukraine", 0),
      ],
      events: [Self.event(.meeting, ["turkey", "nato", "russia", "ukraine"])])
    #expect(
      Self.find(b).map { "\($0.from) \($0.to)" } == [
        "russia turkey", "russia ukraine", "turkey ukraine",
      ])
  }

  @Test("relations and their sentences come in one order, whatever the briefings' order")
  func order() {
    func report(_ id: String) -> Briefing {
      Self.briefing(
        ["Russia and Ukraine met on June 2.", "Russia accused Ukraine of delays."],
        names: [
          ("russia", "Russia", 0), ("ukraine", "Ukraine", 0), ("russia", "Russia", 1),
          ("ukraine", "Ukraine", 1),
        ],
        events: [Self.event(.meeting, ["ukraine", "russia"])],
        statements: [
          Statement(
            party: "russia", cue: "accused", stance: .accuse, text: "Ukraine of delays",
            target: "ukraine", sentence: 1)
        ], id: id)
    }
    let forward = Self.find(report("a"), report("b"))
    #expect(forward == Self.find(report("b"), report("a")))
    #expect(forward.map(\.kind) == [.met, .accused])
    #expect(forward.first?.evidence.map(\.article) == ["a", "b"])
  }

  @Test("the assembler puts the relations into the corpus")
  func assembled() throws {
    let g = try Gazetteer.builtIn()
    let briefing = Extractor(gazetteer: g).extract(
      Seed.article("Russia accused Ukraine of shelling the border on June 7.", id: "a"))
    let corpus = CorpusAssembler(gazetteer: g).assemble([briefing])
    #expect(corpus.relations.map { "\($0.from) \($0.kind) \($0.to)" } == ["russia accused ukraine"])
  }
}
