import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction
@testable import BriefingGenerator

/// `generate` keeps each date's timeline merge in `.briefing-cache/timeline.pack`: a date is
/// taken from it while its reports come from the same articles with the same sources, or are
/// the same reports, and the timeline is always the one a merge from scratch gives.
@Suite("Each date's timeline merge kept on disk")
struct TimelineCacheTests {
  /// 24 articles over 6 dates, with shared parties so that reports do merge.
  static func corpus() -> [Briefing] {
    (0..<24).map { a in
      let events = (0..<2).map { i -> Event in
        let date = "2025-06-0\(1 + (a + i * 5) % 6)"
        return Event(
          id: "e\(i)", date: EventDate(value: date, precision: .day, text: date),
          text: "Delegations met for talks on prisoners \(a % 3).", sentence: i,
          parties: [["ru", "ua", "tr"][a % 3]], places: ["istanbul"],
          kind: a % 2 == 0 ? .meeting : .negotiation)
      }
      return Briefing(
        article: ArticleMeta(id: "a\(a)", path: "a\(a).md", title: "A"), events: events)
    }
  }

  static func sources(_ briefings: [Briefing], edited: String? = nil) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: briefings.map {
        ($0.article.id, $0.article.id == edited ? "changed" : "s-" + $0.article.id)
      })
  }

  /// One build's merge through the cache: the timeline and the dates taken from the pack.
  static func build(
    _ briefings: [Briefing], _ sources: [String: String], in directory: URL, key: String = "k"
  ) -> (timeline: [TimelineEntry], loaded: Set<String>, byReports: Set<String>) {
    var cache = TimelineCache(
      directory: directory, key: key, briefings: briefings, sources: sources)!
    let memory = cache.memory()
    let timeline = TimelineMerger(memory: memory).merge(briefings)
    _ = cache.save(memory)
    return (timeline, cache.loaded, Set(cache.rekeyed.keys))
  }

  @Test("a second build takes every date; an edit merges only its article's dates again")
  func reusesUnchangedDates() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("timeline-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    var corpus = Self.corpus()
    let dates = Set(corpus.flatMap { $0.events.map(\.date.value) })

    let first = Self.build(corpus, Self.sources(corpus), in: directory)
    #expect(first.timeline == TimelineMerger().merge(corpus))
    #expect(first.loaded.isEmpty)

    let second = Self.build(corpus, Self.sources(corpus), in: directory)
    #expect(second.timeline == first.timeline)
    #expect(second.loaded == dates)

    // Article a7's first event reworded and moved to a new date: its source changes.
    corpus[7].events[0].text = "Delegations walked out of the talks."
    corpus[7].events[0].date = EventDate(value: "2025-07-04", precision: .day, text: "July 4")
    let edited = Self.build(corpus, Self.sources(corpus, edited: "a7"), in: directory)
    #expect(edited.timeline == TimelineMerger().merge(corpus))
    // The date the event left and the one it joined; a7's other date keeps its reports.
    let touched: Set = [corpus[7].events[0].date.value, Self.corpus()[7].events[0].date.value]
    #expect(edited.loaded == dates.subtracting(touched))

    // Another extraction key (a new build of the tool, other parties): nothing is taken.
    let rekeyed = Self.build(corpus, Self.sources(corpus, edited: "a7"), in: directory, key: "k2")
    #expect(rekeyed.loaded.isEmpty)
    #expect(rekeyed.timeline == edited.timeline)
  }

  @Test("a date whose reports are the same is taken though an article's source changed")
  func sameReportsNewSource() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("timeline-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    var corpus = Self.corpus()
    let dates = Set(corpus.flatMap { $0.events.map(\.date.value) })
    _ = Self.build(corpus, Self.sources(corpus), in: directory)
    // a7 edited where it gives no event: a new source, the same reports.
    let edited = Self.build(corpus, Self.sources(corpus, edited: "a7"), in: directory)
    #expect(edited.loaded == dates)
    #expect(edited.byReports == Set(corpus[7].events.map(\.date.value)))
    #expect(edited.timeline == TimelineMerger().merge(corpus))
    // The records were headed anew: the next build takes them by their sources again.
    let again = Self.build(corpus, Self.sources(corpus, edited: "a7"), in: directory)
    #expect(again.loaded == dates && again.byReports.isEmpty)
    // A report's sentence number alone changes: its date is merged again.
    corpus[7].events[1].sentence = 9
    let moved = Self.build(corpus, Self.sources(corpus), in: directory)
    #expect(moved.loaded == dates.subtracting([corpus[7].events[1].date.value]))
    #expect(moved.timeline == TimelineMerger().merge(corpus))
  }

  @Test("a damaged pack is ignored and rewritten")
  func damagedPack() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("timeline-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let corpus = Self.corpus()
    _ = Self.build(corpus, Self.sources(corpus), in: directory)
    let url = directory.appendingPathComponent(TimelineCache.packName)
    var bytes = try Data(contentsOf: url)
    bytes.replaceSubrange(bytes.count / 2..<bytes.count, with: Data(repeating: 0xFF, count: 40))
    try bytes.write(to: url)
    let damaged = Self.build(corpus, Self.sources(corpus), in: directory)
    #expect(damaged.timeline == TimelineMerger().merge(corpus))
    #expect(Self.build(corpus, Self.sources(corpus), in: directory).loaded.count == 6)
  }

  @Test("a date's entries read back as written; cut or damaged bytes read as nothing")
  func entryCoding() throws {
    var corpus = Self.corpus()
    corpus[0].events[0].text = "Délégations « réunies » à İstanbul 🕊️, line\nbreak"
    corpus[0].events[0].sentence = -1
    corpus[1].events[0].date = EventDate(value: "2025-W23", precision: .week, text: "")
    corpus[2].events[0].kind = .other
    let memory = TimelineMemory()
    _ = TimelineMerger(memory: memory).merge(corpus)
    let dates = Set(corpus.flatMap { $0.events.map(\.date.value) })
    for date in dates {
      let entries = try #require(memory.storedEntries(of: date))
      let bytes = StoredEntryCoding.encode(entries)
      let back = try #require(StoredEntryCoding.decode(Data(bytes)))
      #expect(back.map(\.entry) == entries.map(\.entry))
      #expect(back.map(\.first) == entries.map(\.first) && back.map(\.base) == entries.map(\.base))
      #expect(StoredEntryCoding.decode(Data(bytes.dropLast())) == nil)
      #expect(StoredEntryCoding.decode(Data(bytes + [0])) == nil)
    }
    let strange = try #require(memory.storedEntries(of: corpus[0].events[0].date.value))
    #expect(strange.contains { $0.entry.sources.contains { $0.sentence == -1 } })
    // A text no report gives, and a base that is not the id, are kept as they are.
    var odd = strange
    odd[0].entry.text = "No report says this."
    odd[0].base = "another-base"
    #expect(
      StoredEntryCoding.decode(Data(StoredEntryCoding.encode(odd)))?.map(\.entry)
        == odd.map(\.entry))
    #expect(
      StoredEntryCoding.decode(Data(StoredEntryCoding.encode(odd)))?.first?.base == "another-base")
  }

  @Test("a date's version changes when its merge does, not with its articles' sources")
  func versions() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("timeline-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    var corpus = Self.corpus()
    func versions(_ sources: [String: String]) -> [String: String] {
      var cache = TimelineCache(
        directory: directory, key: "k", briefings: corpus, sources: sources)!
      let memory = cache.memory()
      _ = TimelineMerger(memory: memory).merge(corpus)
      return cache.save(memory)
    }
    let dates = Set(corpus.flatMap { $0.events.map(\.date.value) })
    let first = versions(Self.sources(corpus))
    #expect(Set(first.keys) == dates)
    // Read back from the pack: the same versions.
    #expect(versions(Self.sources(corpus)) == first)
    // Article a7's source changes, its events do not: its dates are taken by their reports.
    #expect(versions(Self.sources(corpus, edited: "a7")) == first)
    // Its first event reworded: that date's version changes, and only that one.
    corpus[7].events[0].text = "Delegations walked out of the talks."
    var reworded = Self.sources(corpus)
    reworded["a7"] = "reworded"
    let after = versions(reworded)
    for date in dates {
      let touched = date == corpus[7].events[0].date.value
      #expect((after[date] != first[date]) == touched, "\(date)")
    }
    // An article without a known source: its dates are not stored and have no version.
    var unknown = Self.sources(corpus)
    unknown["a7"] = nil
    #expect(Set(versions(unknown).keys) == dates.subtracting(corpus[7].events.map(\.date.value)))
  }
}
