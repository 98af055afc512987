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
}
