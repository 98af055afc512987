import BriefingModels
import BriefingParallel

/// Builds the corpus timeline: events with the same date value that share their kind and a
/// party, a place or enough words are one happening; each entry keeps every report as a source.
struct TimelineMerger: Sendable {
  /// Words shared (Jaccard over content words) above which two reports are the same event.
  static let wordOverlap = 0.25

  /// One happening being gathered. Besides its reports it keeps the union of their kinds,
  /// parties and places, so deciding whether a new report joins it costs a few set look-ups
  /// instead of a pass over every report (which made merging quadratic in the corpus size).
  private struct Cluster {
    var date: EventDate
    var reports: [(event: Event, article: String)]
    /// The union of its reports' content words, made when a report is first compared with it
    /// by words (most clusters never are: tokenizing every report of a date merged again was
    /// over half of its merge, 0.44 G instructions at 10,000 articles), then kept up to date.
    var words: Set<String>?
    var kinds: Set<Event.Kind>
    var parties: Set<String>
    var places: Set<String>

    init(date: EventDate, first event: Event, article: String) {
      self.date = date
      reports = [(event, article)]
      kinds = [event.kind]
      parties = Set(event.parties)
      places = Set(event.places)
    }

    /// Adds a report; `words` are its content words when they were made.
    mutating func add(_ event: Event, article: String, words: Set<String>?) {
      reports.append((event, article))
      if self.words != nil {
        self.words!.formUnion(words ?? TimelineMerger.contentWords(event.text))
      }
      kinds.insert(event.kind)
      parties.formUnion(event.parties)
      places.formUnion(event.places)
    }

    /// The content words of all its reports.
    mutating func allWords() -> Set<String> {
      if let words { return words }
      var all: Set<String> = []
      for r in reports { all.formUnion(TimelineMerger.contentWords(r.event.text)) }
      words = all
      return all
    }
  }

  /// The merges of the last build, by date value, in a long-running process; nil merges all.
  var memory: TimelineMemory? = nil

  func merge(_ briefings: [Briefing]) -> [TimelineEntry] {
    // Reports only ever join clusters of their own date value, so each date is merged on its
    // own, on every core, its entries' ids made unique within it; the dates are then laid end
    // to end in date order (`TimelineOrder`), which gives the ids and the order merging every
    // report one after the other, then sorting, gives.
    var reports: [(event: Event, article: String)] = []
    var dates: [String: [Int]] = [:]
    var dateOrder: [String] = []
    for b in briefings {
      for e in b.events {
        // One look-up of the date for a report whose date has come before (nearly all).
        let before = dates.count
        dates[e.date.value, default: []].append(reports.count)
        if dates.count > before { dateOrder.append(e.date.value) }
        reports.append((e, b.article.id))
      }
    }
    let (byDate, all, memory) = (dates, reports, memory)
    let previous = memory?.merges ?? [:]
    let merges = dateOrder.concurrentMap {
      date -> (merge: TimelineMemory.DateMerge, reused: Bool) in
      let indices = byDate[date]!
      guard memory != nil else { return (Self.mergeDate(indices, all), false) }
      // A date whose reports are the ones merged last time is merged the same way again.
      if let kept = previous[date], kept.vouched { return (kept, true) }
      let events = indices.map { all[$0].event }
      let articles = indices.map { all[$0].article }
      if let kept = previous[date], kept.events == events, kept.articles == articles {
        return (kept, true)
      }
      var merge = Self.mergeDate(indices, all)
      (merge.events, merge.articles) = (events, articles)
      return (merge, false)
    }
    if let memory {
      memory.lastReused = merges.count(where: \.reused)
      // Kept for the next merge, which compares reports again: a cache vouches for one build.
      memory.merges = Dictionary(
        uniqueKeysWithValues: zip(
          dateOrder,
          merges.map {
            var merge = $0.merge
            merge.vouched = false
            return merge
          }))
    }
    return TimelineOrder.timeline(dateOrder, merges.map(\.merge), byDate)
  }

  /// The entries of one date's reports (`indices` into `reports`, in corpus order), each
  /// with the position of its first report among them and the id it is based on, their ids
  /// made unique within the date, in id order.
  private static func mergeDate(
    _ indices: [Int], _ reports: [(event: Event, article: String)]
  ) -> TimelineMemory.DateMerge {
    var position = 0
    let entries = clusters(of: indices, in: reports).map { first, c in
      while indices[position] != first { position += 1 }
      let (base, entry) = entry(of: c)
      return (first: position, base: base, entry: entry)
    }
    let uniqued = TimelineOrder.uniqued(entries).sorted { $0.entry.id < $1.entry.id }
    return TimelineMemory.DateMerge(entries: uniqued)
  }

  /// A cluster as a timeline entry: the most frequent kind, parties and places, the clearest
  /// report as its text; the id is `base` unless another entry has it.
  private static func entry(of c: Cluster) -> (base: String, entry: TimelineEntry) {
    let kinds = Dictionary(grouping: c.reports.map(\.event.kind), by: { $0 }).mapValues(\.count)
    let kind = c.reports.map(\.event.kind).max { kinds[$0]! < kinds[$1]! } ?? .other
    let parties = byFrequency(c.reports.flatMap(\.event.parties))
    let places = byFrequency(c.reports.flatMap(\.event.places))
    let headline = c.reports.max { a, b in clarity(a.event) < clarity(b.event) }!.event
    let base = Slug.make("\(c.date.value) \(kind.rawValue) \(places.first ?? parties.first ?? "")")
    return (
      base,
      TimelineEntry(
        id: base, date: c.date, text: headline.text, kind: kind, parties: parties,
        places: places,
        sources: c.reports.map {
          EventSource(
            article: $0.article, event: $0.event.id, sentence: $0.event.sentence,
            text: $0.event.text)
        })
    )
  }

  /// The clusters of the reports at `indices` (all of one date value, in corpus order), each
  /// with the index of its first report.
  private static func clusters(
    of indices: [Int], in reports: [(event: Event, article: String)]
  ) -> [(first: Int, cluster: Cluster)] {
    var clusters: [(first: Int, cluster: Cluster)] = []
    for i in indices {
      let (e, article) = reports[i]
      var words: Set<String>? = nil
      var match: Int? = nil
      for k in clusters.indices where sameEvent(e, &words, &clusters[k].cluster) {
        match = k
        break
      }
      if let k = match {
        clusters[k].cluster.add(e, article: article, words: words)
        if rank(e.date.precision) < rank(clusters[k].cluster.date.precision) {
          clusters[k].cluster.date = e.date
        }
      } else {
        clusters.append((i, Cluster(date: e.date, first: e, article: article)))
      }
    }
    return clusters
  }

  private static let vague: Set<Event.Kind> = [.other, .statement]

  /// Whether report `e` tells the happening of cluster `c`: the same kind and a shared party
  /// or place (or no party at all), or a vaguer report ("other", "statement") of it told in
  /// the same words. The content words of `e` and `c` are made here when first needed.
  private static func sameEvent(_ e: Event, _ words: inout Set<String>?, _ c: inout Cluster)
    -> Bool
  {
    let sameKind = c.kinds.contains(e.kind)
    let sharedParty = e.parties.contains { c.parties.contains($0) }
    let sharedPlace = e.places.contains { c.places.contains($0) }
    if sameKind && (sharedParty || sharedPlace || e.parties.isEmpty) { return true }
    guard sharedParty || sharedPlace else { return false }
    let compatible = vague.contains(e.kind) || !c.kinds.isDisjoint(with: vague)
    guard compatible else { return false }
    let mine = words ?? contentWords(e.text)
    words = mine
    let theirs = c.allWords()
    let shared = mine.reduce(0) { $0 + (theirs.contains($1) ? 1 : 0) }
    return Double(shared) / Double(max(1, min(mine.count, theirs.count))) >= wordOverlap
  }

  /// Content words of a sentence: lower-cased, four letters or more, minus common words.
  static func contentWords(_ s: String) -> Set<String> {
    var out: Set<String> = []
    for t in Tokenizer.tokens(of: s)
    where t.isWord && t.norm.count >= 4 && !stopWords.contains(t.norm) {
      out.insert(t.norm)
    }
    return out
  }

  static let stopWords: WordSet = [
    "that", "this", "with", "from", "have", "been", "were", "their", "they", "which", "would",
    "said",
    "after", "also", "about", "other", "there", "will", "what", "when", "where", "while", "into",
    "than", "them", "some", "such", "both", "sides", "over", "under", "more", "most", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "week",
    "month", "year", "today", "yesterday",
  ]

  /// A report makes a better headline when it names more and says it in fewer words.
  private static func clarity(_ e: Event) -> Double {
    Double(e.parties.count + e.places.count) * 3 - Double(e.text.count) / 40
  }

  private static func byFrequency(_ ids: [String]) -> [String] {
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

  private static func rank(_ p: EventDate.Precision) -> Int {
    switch p {
    case .day: 0
    case .week: 1
    case .month: 2
    case .quarter: 3
    case .year: 4
    case .decade: 5
    }
  }

  /// Where a TIMEX3 value starts, as a sortable day number (weeks, months, seasons, years).
  static func sortKey(_ value: String) -> Int {
    let parts = value.split(separator: "-")
    guard let first = parts.first, let year = Int(first.count == 3 ? first + "0" : first) else {
      return Int.max
    }
    var date = CalendarDate(year: year, month: 1, day: 1)!
    if parts.count >= 2 {
      let p = parts[1]
      if p.hasPrefix("W"), let w = Int(p.dropFirst()) {
        let jan4 = CalendarDate(year: year, month: 1, day: 4)!
        date = jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7)
      } else if p.hasPrefix("Q"), let q = Int(p.dropFirst()) {
        date = CalendarDate(year: year, month: (q - 1) * 3 + 1, day: 1) ?? date
      } else if let m = Int(p) {
        date = CalendarDate(year: year, month: m, day: 1) ?? date
        if parts.count >= 3, let d = Int(parts[2]) {
          date = CalendarDate(year: year, month: m, day: d) ?? date
        }
      } else {
        let seasons = ["SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12, "H1": 1, "H2": 7]
        date = CalendarDate(year: year, month: seasons[String(p)] ?? 1, day: 1) ?? date
      }
    }
    return date.dayNumber
  }
}
