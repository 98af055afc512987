import BriefingModels
import Testing

@testable import BriefingExtraction

/// `briefing preview` keeps each date's merge between builds; whatever the edit, the timeline
/// must be the one a merge without memory gives, and only the edited dates merged again.
@Suite("A rebuild merges again only the dates an edit touched")
struct TimelineMemoryTests {
  /// 80 articles over 30 dates, with shared parties and places so that reports do merge.
  static func corpus(seed: UInt64) -> [Briefing] {
    var rng = TimelineMergerEquivalenceTests.SplitMix(state: seed)
    let parties = ["ru", "ua", "tr", "un"]
    let places = ["istanbul", "geneva"]
    return (0..<80).map { a in
      let events = (0..<3).map { i -> Event in
        let day = 1 + rng.next(30)
        let date = "2025-06-\(day < 10 ? "0" : "")\(day)"
        return Event(
          id: "e\(i)", date: EventDate(value: date, precision: .day, text: date),
          text: "Delegations met for talks on prisoners \(rng.next(4)).", sentence: i,
          parties: [parties[rng.next(parties.count)]], places: [places[rng.next(places.count)]],
          kind: rng.next(2) == 0 ? .meeting : .negotiation)
      }
      return Briefing(
        article: ArticleMeta(id: "a\(a)", path: "a\(a).md", title: "A"), events: events)
    }
  }

  static func dates(_ briefings: [Briefing]) -> Set<String> {
    Set(briefings.flatMap { $0.events.map(\.date.value) })
  }

  @Test("an edit, a new date, an added and a removed article: the same timeline as without memory")
  func editsGiveTheSameTimeline() {
    let memory = TimelineMemory()
    var corpus = Self.corpus(seed: 7)
    #expect(TimelineMerger(memory: memory).merge(corpus) == TimelineMerger().merge(corpus))
    #expect(memory.lastReused == 0)

    // The same corpus again: every date taken from memory.
    #expect(TimelineMerger(memory: memory).merge(corpus) == TimelineMerger().merge(corpus))
    #expect(memory.lastReused == Self.dates(corpus).count)

    // One event reworded, another moved to a date nobody else has.
    corpus[12].events[0].text = "Delegations walked out of the talks in anger."
    corpus[12].events[1].date = EventDate(value: "2025-07-04", precision: .day, text: "July 4")
    var merged = TimelineMerger(memory: memory).merge(corpus)
    #expect(merged == TimelineMerger().merge(corpus))
    #expect(merged.contains { $0.date.value == "2025-07-04" })
    let untouched = Self.dates(corpus).count - memory.lastReused
    #expect(untouched >= 2 && untouched <= 3)  // the reworded date, the new one, the one left

    // An article removed and one added (its events at the end of their dates).
    corpus.remove(at: 30)
    corpus.append(Self.corpus(seed: 8)[0])
    corpus[corpus.count - 1].article.id = "new"
    merged = TimelineMerger(memory: memory).merge(corpus)
    #expect(merged == TimelineMerger().merge(corpus))
    #expect(memory.lastReused > 0 && memory.lastReused < Self.dates(corpus).count)
  }

  @Test("reports in another order are merged again, since the order decides the entries")
  func orderMatters() {
    let memory = TimelineMemory()
    let corpus = Self.corpus(seed: 3)
    _ = TimelineMerger(memory: memory).merge(corpus)
    let reversed = Array(corpus.reversed())
    #expect(TimelineMerger(memory: memory).merge(reversed) == TimelineMerger().merge(reversed))
  }
}
