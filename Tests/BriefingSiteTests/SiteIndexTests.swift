import BriefingModels
import Testing

@testable import BriefingSite

/// The index every page is planned from: one copy of each briefing, newest first, and a party
/// for every id the corpus refers to.
@Suite struct SiteIndexTests {
  static func briefing(_ id: String, _ date: String?, parties: [Party] = []) -> Briefing {
    Briefing(
      article: ArticleMeta(
        id: id, path: "content/\(id).md", title: id.uppercased(), published: date),
      parties: parties)
  }

  @Test("every party id referred to has a party: described ones as described, others by id")
  func referredPartiesExist() {
    var talks = Self.briefing(
      "talks", "2025-06-02",
      parties: [Party(id: "kremlin-aide", name: "Kremlin aide", kind: .person, parent: "kremlin")])
    talks.statements = [
      Statement(party: "speaker-only", cue: "said", stance: .assert, text: "x", sentence: 0),
      Statement(
        party: "kremlin-aide", cue: "said", stance: .accuse, text: "y", target: "target-only",
        sentence: 1),
    ]
    talks.events = [
      Event(
        id: "e1", date: EventDate(value: "2025-06-02", precision: .day, text: "June 2"),
        text: "Talks.", sentence: 0, parties: ["event-only"], places: [], kind: .meeting)
    ]
    let corpus = Corpus(
      briefings: [talks],
      parties: [Party(id: "russia", name: "Russia", kind: .state)],
      timeline: [
        TimelineEntry(
          id: "t1", date: EventDate(value: "2025-06-02", precision: .day, text: "June 2"),
          text: "Talks.", kind: .meeting, parties: ["timeline-only"], places: [], sources: [])
      ])
    let index = SiteIndex(corpus: corpus, config: Fixtures.config)
    #expect(index.parties["russia"]?.name == "Russia")
    #expect(index.parties["kremlin-aide"]?.kind == .person)
    for id in ["kremlin", "speaker-only", "target-only", "event-only", "timeline-only"] {
      #expect(index.parties[id]?.name == id, "\(id)")
      #expect(index.parties[id]?.kind == .group, "\(id)")
    }
    #expect(index.parties.count == 7)
  }

  @Test("the timeline by date, undated last, then id, in whatever order the corpus gives it")
  func timelineOrder() {
    func entry(_ id: String, _ value: String, _ precision: EventDate.Precision) -> TimelineEntry {
      TimelineEntry(
        id: id, date: EventDate(value: value, precision: precision, text: value), text: id,
        kind: .meeting, parties: [], places: [], sources: [])
    }
    let ordered = [
      entry("a", "2025-05", .month), entry("b", "2025-06-01", .day),
      entry("c", "2025-06-01", .day), entry("d", "2025-06-02", .day), entry("e", "XXXX", .year),
    ]
    let expected = ["a", "b", "c", "d", "e"]
    for given in [
      ordered, ordered.reversed(),
      [ordered[2], ordered[4], ordered[0]] + ordered[1...1] + [ordered[3]],
    ] {
      let corpus = Corpus(briefings: [], parties: [], timeline: Array(given))
      let index = SiteIndex(corpus: corpus, config: Fixtures.config)
      #expect(index.timeline.map(\.entry.id) == expected)
      // The keys stay in the corpus's order, whatever the timeline's.
      #expect(index.entryKeys == given.map(CorpusJSON.entryKey))
    }
  }

  @Test("briefings newest first, undated last, ties by id; a repeated id keeps the first")
  func briefingOrder() {
    var repeated = Self.briefing("b", "2025-06-09")
    repeated.article.title = "Second B"
    let corpus = Corpus(
      briefings: [
        Self.briefing("c", nil), Self.briefing("b", "2025-06-01"), Self.briefing("a", "2025-06-01"),
        Self.briefing("d", "2025-06-05"), repeated,
      ], parties: [], timeline: [])
    let index = SiteIndex(corpus: corpus, config: Fixtures.config)
    #expect(index.briefingsByDate.map(\.article.id) == ["d", "a", "b", "c"])
    #expect(index.article("b")?.title == "B")
    #expect(index.briefing("d")?.article.published == "2025-06-05")
    #expect(index.briefing("missing") == nil)
    #expect(index.articleTitle("missing") == "missing")
  }

  @Test("the briefings naming a party, as positions, newest first")
  func briefingsByParty() {
    let ru = Party(id: "russia", name: "Russia", kind: .state)
    let corpus = Corpus(
      briefings: [
        Self.briefing("old", "2025-01-01", parties: [ru]), Self.briefing("none", "2025-03-01"),
        Self.briefing("new", "2025-06-01", parties: [ru]),
      ], parties: [ru], timeline: [])
    let index = SiteIndex(corpus: corpus, config: Fixtures.config)
    let named = (index.briefingsByParty["russia"] ?? []).map {
      index.briefingsByDate[$0].article.id
    }
    #expect(named == ["new", "old"])
  }

  @Test(
    "companions: entries shared (a party named twice in one entry counts once), then statements")
  func companions() {
    func entry(_ id: String, _ parties: [String]) -> TimelineEntry {
      TimelineEntry(
        id: id, date: EventDate(value: "2025-06-02", precision: .day, text: "June 2"),
        text: "Talks.", kind: .meeting, parties: parties, places: [], sources: [])
    }
    var talks = Self.briefing("talks", "2025-06-02")
    talks.statements = [
      Statement(
        party: "a", cue: "said", stance: .accuse, text: "y", target: "d", sentence: 0),
      Statement(
        party: "d", cue: "said", stance: .accuse, text: "z", target: "a", sentence: 1),
      Statement(
        party: "d", cue: "said", stance: .accuse, text: "w", target: "a", sentence: 2),
    ]
    let corpus = Corpus(
      briefings: [talks], parties: [],
      timeline: [
        entry("t1", ["a", "b", "c"]), entry("t2", ["a", "b", "b"]), entry("t3", ["b", "c"]),
        entry("t4", ["a", "a"]),
      ])
    let index = SiteIndex(corpus: corpus, config: Fixtures.config)
    let a = index.companions(of: "a")
    #expect(a.map(\.id) == ["d", "b", "c"])
    #expect(a.map(\.count) == [3, 2, 1])
    let b = index.companions(of: "b")
    #expect(b.map(\.id) == ["a", "c"] && b.map(\.count) == [2, 2])
    #expect(index.companions(of: "nobody").isEmpty)
  }
}
