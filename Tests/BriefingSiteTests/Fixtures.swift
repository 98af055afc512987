import BriefingModels
import Foundation

/// A small corpus built by hand, shaped like the extraction's output: three articles about
/// talks in Istanbul, parties with parents, timeline entries reported by several articles, and
/// hostile text in titles, names, sentences and statements.
enum Fixtures {
  static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  static let templates = repoRoot.appendingPathComponent("templates")

  static let hostile = "<script>alert(1)</script>"
  static let hostileLink = "[click](javascript:alert(2))"
  static let hostileImage = "<img src=x onerror=alert(3)>"

  static let config = SiteConfig(
    title: "Istanbul talks \(hostile)", baseURL: "https://example.org/briefing/", language: "en",
    description: "Following the talks & their *aftermath*")

  static func date(_ value: String, _ precision: EventDate.Precision = .day, _ text: String = "")
    -> EventDate
  {
    EventDate(value: value, precision: precision, text: text.isEmpty ? value : text)
  }

  static func corpus() -> Corpus {
    let parties = [
      Party(id: "russia", name: "Russia", kind: .state, aliases: ["Moscow", "Russian Federation"]),
      Party(
        id: "russian-ministry-of-defence", name: "Russian Ministry of Defence", kind: .organization,
        parent: "russia", aliases: ["MoD"], role: "ministry"),
      Party(
        id: "dmitry-peskov", name: "Dmitry Peskov", kind: .person, parent: "russia",
        role: "Kremlin spokesperson"),
      Party(id: "ukraine", name: "Ukraine", kind: .state, aliases: ["Kyiv"]),
      Party(
        id: "ukrainian-coordination-headquarters", name: "Ukrainian Coordination Headquarters",
        kind: .organization, parent: "ukraine"),
      Party(
        id: "turkey", name: "Türkiye", kind: .state, aliases: ["Turkey", "Ankara"],
        description: "Host of the talks \(hostileLink)"),
      Party(
        id: "script-front", name: "\(hostile) Front", kind: .group,
        aliases: [hostileImage, "# Not a heading"]),
    ]
    let a1 = Briefing(
      article: ArticleMeta(
        id: "istanbul-talks", path: "content/istanbul-talks.md",
        title: "Talks in Istanbul \(hostile)",
        published: "2025-06-02", source: "Wire *service*",
        url: "https://news.example/istanbul?a=1&b=2",
        author: "A. Reporter <a@b.c>", tags: ["talks"]),
      sentences: [
        "Delegations from Russia and Ukraine met in Istanbul on Monday, June 2.",
        "Dmitry Peskov said the talks were \"constructive\" \(hostile).",
        "Ukraine's Coordination Headquarters dismissed the claim.",
        "The next round is planned for June 16 [x](javascript:alert(1)).",
        "# Not a heading, and ![img](x.png) is no image.",
      ],
      summary: ["Delegations from Russia and Ukraine met in Istanbul on Monday, June 2."],
      parties: [parties[0], parties[2], parties[3], parties[4], parties[5]],
      events: [
        Event(
          id: "e1", date: date("2025-06-02", .day, "Monday, June 2"),
          text: "Delegations from Russia and Ukraine met in Istanbul.", sentence: 0,
          parties: ["russia", "ukraine", "turkey"], places: ["Istanbul"], kind: .meeting),
        Event(
          id: "e2", date: date("2025-06-16"), text: "Next round planned \(hostileLink)",
          sentence: 3, parties: ["russia", "ukraine"], kind: .negotiation),
      ],
      statements: [
        Statement(
          party: "dmitry-peskov", speaker: "Dmitry Peskov", cue: "said", stance: .assert,
          text: "the talks were constructive \(hostile)", sentence: 1),
        Statement(
          party: "ukrainian-coordination-headquarters", cue: "dismissed", stance: .deny,
          text: "the claim", target: "russia", sentence: 2),
      ])
    let a2 = Briefing(
      article: ArticleMeta(
        id: "prisoner-exchange", path: "content/prisoner-exchange.txt",
        title: "Prisoner exchange agreed", published: "2025-06-09"),
      sentences: [
        "Russia and Ukraine agreed on Monday, June 2, to exchange prisoners.",
        "The exchange took place on June 7.",
        "The Russian Ministry of Defence accused Kyiv of delays \(hostileImage).",
        "The group \(hostile) Front demanded more.",
      ],
      summary: ["The exchange took place on June 7."],
      parties: [parties[0], parties[1], parties[3], parties[6]],
      events: [
        Event(
          id: "e1", date: date("2025-06-02"),
          text: "Russia and Ukraine agreed to exchange prisoners.", sentence: 0,
          parties: ["russia", "ukraine"], places: ["Istanbul"], kind: .agreement),
        Event(
          id: "e2", date: date("2025-06-07"), text: "The exchange took place.", sentence: 1,
          parties: ["russia", "ukraine"], kind: .exchange),
      ],
      statements: [
        Statement(
          party: "russian-ministry-of-defence", cue: "accused", stance: .accuse,
          text: "Kyiv of delays \(hostileImage)", target: "ukraine", sentence: 2),
        Statement(
          party: "script-front", cue: "demanded", stance: .demand, text: "more", sentence: 3),
      ])
    let a3 = Briefing(
      article: ArticleMeta(
        id: "summer-outlook", path: "content/summer-outlook.md", title: "Summer outlook",
        published: "2025-07-01", url: "javascript:alert(4)"),
      sentences: [
        "Talks may resume in the summer of 2025.", "Ankara offered to host them again in week 27.",
      ],
      summary: [],
      parties: [parties[5]],
      events: [
        Event(
          id: "e1", date: date("2025-W27", .week, "week 27"), text: "Ankara offered to host talks.",
          sentence: 1, parties: ["turkey"], kind: .statement),
        Event(
          id: "e2", date: date("2025-06", .month, "June"), text: "Talks in June.", sentence: 0,
          parties: ["turkey", "ghost-party"], kind: .negotiation),
      ],
      statements: [
        Statement(
          party: "turkey", cue: "offered", stance: .commit, text: "to host them again", sentence: 1)
      ])
    let timeline = [
      TimelineEntry(
        id: "2025-06-02-meeting-istanbul", date: date("2025-06-02"),
        text: "Delegations met in Istanbul and agreed to exchange prisoners \(hostile).",
        kind: .meeting,
        parties: ["russia", "ukraine", "turkey"], places: ["Istanbul"],
        sources: [
          EventSource(article: "istanbul-talks", event: "e1", sentence: 0, text: a1.sentences[0]),
          EventSource(
            article: "prisoner-exchange", event: "e1", sentence: 0, text: a2.sentences[0]),
        ]),
      TimelineEntry(
        id: "2025-06-07-exchange", date: date("2025-06-07"), text: "The exchange took place.",
        kind: .exchange,
        parties: ["russia", "ukraine"], places: [],
        sources: [
          EventSource(article: "prisoner-exchange", event: "e2", sentence: 1, text: a2.sentences[1])
        ]),
      TimelineEntry(
        id: "2025-06-16-next-round", date: date("2025-06-16"),
        text: "Next round planned \(hostileLink)", kind: .negotiation,
        parties: ["russia", "ukraine", "script-front"], places: [],
        sources: [
          EventSource(article: "istanbul-talks", event: "e2", sentence: 3, text: a1.sentences[3])
        ]),
      TimelineEntry(
        id: "2025-06-talks", date: date("2025-06", .month, "June"), text: "Talks in June.",
        kind: .negotiation,
        parties: ["turkey", "ghost-party"], places: [],
        sources: [
          EventSource(article: "summer-outlook", event: "e2", sentence: 0, text: a3.sentences[0])
        ]),
      TimelineEntry(
        id: "2025-w27-offer", date: date("2025-W27", .week, "week 27"),
        text: "Ankara offered to host talks.", kind: .statement,
        parties: ["turkey"], places: ["Ankara"],
        sources: [
          EventSource(article: "summer-outlook", event: "e1", sentence: 1, text: a3.sentences[1])
        ]),
      TimelineEntry(
        id: "xxxx-undated", date: date("XXXX-06-02", .day, "June 2"), text: "An undated report.",
        kind: .other,
        parties: ["ukraine"], places: [],
        sources: [
          EventSource(article: "istanbul-talks", event: "e1", sentence: 0, text: a1.sentences[0])
        ]),
    ]
    // What the relation finder would read from a1 and a2, and one edge whose sentence is hostile.
    func evidence(_ b: Briefing, _ i: Int) -> RelationEvidence {
      RelationEvidence(article: b.article.id, sentence: i, text: b.sentences[i])
    }
    let relations = [
      Relation(
        from: "russia", to: "ukraine", kind: .met, evidence: [evidence(a1, 0), evidence(a2, 0)]),
      Relation(from: "russia", to: "ukraine", kind: .agreed, evidence: [evidence(a2, 0)]),
      Relation(
        from: "russian-ministry-of-defence", to: "ukraine", kind: .accused,
        evidence: [evidence(a2, 2)]),
      Relation(from: "script-front", to: "ukraine", kind: .demanded, evidence: [evidence(a2, 3)]),
    ]
    return Corpus(
      briefings: [a1, a2, a3], parties: parties.sorted { $0.id < $1.id }, timeline: timeline,
      relations: relations)
  }
}
