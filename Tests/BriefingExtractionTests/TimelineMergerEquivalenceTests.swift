import BriefingModels
import Testing

@testable import BriefingExtraction

/// The timeline merger keeps per-cluster unions of kinds, parties and places instead of
/// rescanning every report, and merges each date on its own core; on a crowded corpus (few
/// dates, few parties, many near-repeats, colliding ids) it must give exactly the timeline of
/// the plain all-reports scan, one report after the other, that it replaced.
@Suite struct TimelineMergerEquivalenceTests {
  @Test(arguments: [1, 2, 3])
  func theMergedTimelineIsTheOneTheFullScanGives(seed: UInt64) {
    let briefings = Self.crowdedCorpus(articles: 150, seed: seed)
    let merged = TimelineMerger().merge(briefings)
    #expect(merged == ReferenceMerger.merge(briefings))
    #expect(merged.contains { $0.sources.count > 1 })  // reports really were merged
    #expect(merged.count < briefings.count * 4)
  }

  @Test("two dates whose entries could share an id: ids made unique across the timeline")
  func datesThatCouldShareAnId() {
    // Date "2025-meeting" (a value no tagger gives, but a value) of kind other at no place,
    // and "2025" a meeting at "other": both entries are based on "2025-meeting-other".
    func event(_ date: String, _ kind: Event.Kind, places: [String]) -> Event {
      Event(
        id: "e0", date: EventDate(value: date, precision: .year, text: date),
        text: "Officials met.", sentence: 0, parties: [], places: places, kind: kind)
    }
    let briefings = [
      event("2025-meeting", .other, places: []), event("2025", .meeting, places: ["other"]),
    ].enumerated().map { a, e in
      Briefing(article: ArticleMeta(id: "a\(a)", path: "a\(a).md", title: "A"), events: [e])
    }
    #expect(!TimelineOrder.datesApart(["2025-meeting", "2025"]))
    let merged = TimelineMerger().merge(briefings)
    #expect(merged == ReferenceMerger.merge(briefings))
    #expect(Set(merged.map(\.id)) == ["2025-meeting-other", "2025-meeting-other-2"])
  }

  @Test("dates are apart when their slugs differ and hold no kind's name")
  func datesApart() {
    #expect(TimelineOrder.datesApart(["2025-06-02", "2025-W23", "2025-06", "2025", "202"]))
    #expect(!TimelineOrder.datesApart(["2025-06", "2025 06"]))  // one slug
    #expect(!TimelineOrder.datesApart(["2025-06", "--"]))  // no slug
    #expect(!TimelineOrder.datesApart(["2025-06", "2025-06-statement"]))  // a kind's name
  }

  /// Articles whose events share five dates, four kinds, five parties and three places.
  static func crowdedCorpus(articles: Int, seed: UInt64) -> [Briefing] {
    var rng = SplitMix(state: seed)
    let dates = ["2025-06-02", "2025-06-03", "2025-W23", "2025-06", "2025"]
    let kinds: [Event.Kind] = [.meeting, .negotiation, .statement, .other]
    let parties = ["ru", "ua", "tr", "un", "eu"]
    let places = ["istanbul", "geneva", "doha"]
    let words = [
      "talks", "prisoners", "exchange", "ceasefire", "delegation", "agreement",
      "sanctions", "grain", "corridor", "monitors", "shelling", "convoy",
    ]
    return (0..<articles).map { a in
      let events = (0..<4).map { i -> Event in
        let date = dates[rng.next(dates.count)]
        let text = (0..<5).map { _ in words[rng.next(words.count)] }.joined(separator: " ")
        return Event(
          id: "e\(i)",
          date: EventDate(
            value: date, precision: date.count == 10 ? .day : date.count == 4 ? .year : .month,
            text: date),
          text: "Officials said \(text).", sentence: i,
          parties: (0..<rng.next(3)).map { _ in parties[rng.next(parties.count)] },
          places: (0..<rng.next(2)).map { _ in places[rng.next(places.count)] },
          kind: kinds[rng.next(kinds.count)])
      }
      return Briefing(
        article: ArticleMeta(id: "a\(a)", path: "a\(a).md", title: "A"), events: events)
    }
  }

  struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }
}

/// The merger as it was: every candidate cluster's reports scanned for each new report.
private enum ReferenceMerger {
  struct Cluster {
    var date: EventDate
    var reports: [(event: Event, article: String)]
    var words: Set<String>
  }

  static func merge(_ briefings: [Briefing]) -> [TimelineEntry] {
    var clusters: [Cluster] = []
    var byDate: [String: [Int]] = [:]
    for b in briefings {
      for e in b.events {
        let words = TimelineMerger.contentWords(e.text)
        let match = byDate[e.date.value, default: []].first { k in sameEvent(e, words, clusters[k])
        }
        if let k = match {
          clusters[k].reports.append((e, b.article.id))
          clusters[k].words.formUnion(words)
          if rank(e.date.precision) < rank(clusters[k].date.precision) { clusters[k].date = e.date }
        } else {
          byDate[e.date.value, default: []].append(clusters.count)
          clusters.append(Cluster(date: e.date, reports: [(e, b.article.id)], words: words))
        }
      }
    }
    var used: Set<String> = []
    let entries = clusters.map { c -> TimelineEntry in
      let kinds = Dictionary(grouping: c.reports.map(\.event.kind), by: { $0 }).mapValues(\.count)
      let kind = c.reports.map(\.event.kind).max { kinds[$0]! < kinds[$1]! } ?? .other
      let parties = byFrequency(c.reports.flatMap(\.event.parties))
      let places = byFrequency(c.reports.flatMap(\.event.places))
      let headline = c.reports.max { a, b in clarity(a.event) < clarity(b.event) }!.event
      var id = Slug.make("\(c.date.value) \(kind.rawValue) \(places.first ?? parties.first ?? "")")
      if used.contains(id) {
        var n = 2
        while used.contains("\(id)-\(n)") { n += 1 }
        id = "\(id)-\(n)"
      }
      used.insert(id)
      return TimelineEntry(
        id: id, date: c.date, text: headline.text, kind: kind, parties: parties, places: places,
        sources: c.reports.map {
          EventSource(
            article: $0.article, event: $0.event.id, sentence: $0.event.sentence,
            text: $0.event.text)
        })
    }
    return entries.sorted { a, b in
      let ka = TimelineMerger.sortKey(a.date.value)
      let kb = TimelineMerger.sortKey(b.date.value)
      return ka != kb ? ka < kb : a.id < b.id
    }
  }

  static func sameEvent(_ e: Event, _ words: Set<String>, _ c: Cluster) -> Bool {
    let sharedWords =
      Double(words.intersection(c.words).count) / Double(max(1, min(words.count, c.words.count)))
    let sameKind = c.reports.contains { $0.event.kind == e.kind }
    let sharedParty = c.reports.contains { !Set($0.event.parties).isDisjoint(with: e.parties) }
    let sharedPlace = c.reports.contains { !Set($0.event.places).isDisjoint(with: e.places) }
    if sameKind && (sharedParty || sharedPlace || e.parties.isEmpty) { return true }
    let vague: Set<Event.Kind> = [.other, .statement]
    let compatible = vague.contains(e.kind) || c.reports.contains { vague.contains($0.event.kind) }
    return compatible && sharedWords >= TimelineMerger.wordOverlap && (sharedParty || sharedPlace)
  }

  static func clarity(_ e: Event) -> Double {
    Double(e.parties.count + e.places.count) * 3 - Double(e.text.count) / 40
  }

  static func byFrequency(_ ids: [String]) -> [String] {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for id in ids {
      if counts[id] == nil { order.append(id) }
      counts[id, default: 0] += 1
    }
    return order.enumerated().sorted { a, b in
      counts[a.element]! != counts[b.element]!
        ? counts[a.element]! > counts[b.element]! : a.offset < b.offset
    }.map(\.element)
  }

  static func rank(_ p: EventDate.Precision) -> Int {
    EventDate.Precision.allCases.firstIndex(of: p)!
  }
}
