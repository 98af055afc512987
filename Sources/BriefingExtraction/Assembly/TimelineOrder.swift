import BriefingModels

/// How the merged dates become one timeline: entries' ids made unique (a `-2`, `-3` suffix for
/// the second and third entry with the same base id, in the order their first reports came
/// in), and the entries put in order by date, then id.
///
/// An entry's base id is the slug of its date value, kind and place or party, so it starts
/// with its date's slug: when no two dates can give the same id (``datesApart(_:)``), ids made
/// unique within each date are unique across the timeline, and each date keeps its entries
/// uniqued and in id order (``TimelineMerger``'s `mergeDate`, stored so in `timeline.pack`).
/// The timeline is then the dates' runs laid end to end, by date, with no entry hashed or
/// compared outside its date (making every id unique and sorting all of them was 1.16 G
/// instructions of an edit at 10,000 articles, Benchmarks/LOG.md 2026-12-07 21:30).
enum TimelineOrder {
  typealias Made = (first: Int, base: String, entry: TimelineEntry)

  /// `entries` (in the order their first reports came in) with their ids made unique: `base`,
  /// else `base-n` for the smallest `n` from 2 not yet taken.
  static func uniqued(_ entries: [Made]) -> [Made] {
    var used: Set<String> = []
    used.reserveCapacity(entries.count)
    /// Per base id, the last suffix handed out: `used` only grows, so every smaller suffix is
    /// still taken and the search resumes there (the same ids as counting up from 2 each time).
    var lastSuffix: [String: Int] = [:]
    return entries.map { first, base, entry -> Made in
      var entry = entry
      var id = base
      // Inserted at once: a base no other entry has (nearly all) is hashed once, not twice.
      if !used.insert(id).inserted {
        var n = (lastSuffix[id] ?? 1) + 1
        while used.contains("\(id)-\(n)") { n += 1 }
        lastSuffix[id] = n
        id = "\(id)-\(n)"
        used.insert(id)
      }
      entry.id = id
      return (first, base, entry)
    }
  }

  /// The timeline of the merged dates (`dates` in the order their first reports came in,
  /// each merge's entries uniqued within it and in id order; `indices` each date's reports'
  /// positions in the corpus): by date (``TimelineMerger/sortKey(_:)``), then id.
  static func timeline(
    _ dates: [String], _ merges: [TimelineMemory.DateMerge], _ indices: [String: [Int]]
  ) -> [TimelineEntry] {
    let keys = dates.map(TimelineMerger.sortKey)
    guard datesApart(dates) else { return timelineUniquedWhole(dates, merges, indices, keys) }
    let order = dates.indices.sorted { keys[$0] < keys[$1] }
    var timeline: [TimelineEntry] = []
    timeline.reserveCapacity(merges.reduce(0) { $0 + $1.entries.count })
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
      if end == start + 1 {
        for e in merges[order[start]].entries { timeline.append(e.entry) }
      } else {
        // Dates that start on the same day ("2025-06", "2025-06-01"): their entries by id.
        var run: [TimelineEntry] = []
        for k in order[start..<end] { run.append(contentsOf: merges[k].entries.map(\.entry)) }
        run.sort { $0.id < $1.id }
        timeline.append(contentsOf: run)
      }
      start = end
    }
    return timeline
  }

  /// Whether no entry of one date can have the id of an entry of another: each date value is
  /// ASCII with a slug of its own, short enough to lead every base id whole, and none of its
  /// slug's words is a kind (a base id is the date's slug, `-`, the kind's name, then more).
  /// Then two dates' ids differ within the shorter date's slug or at the word after it.
  static func datesApart(_ dates: [String]) -> Bool {
    var slugs: Set<String> = []
    slugs.reserveCapacity(dates.count)
    for date in dates {
      guard date.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
      let slug = Slug.make(date, fallback: "")
      guard !slug.isEmpty, slug.utf8.count <= 40, slugs.insert(slug).inserted else {
        return false
      }
      for word in slug.split(separator: "-") where kindNames.contains(String(word)) {
        return false
      }
    }
    return true
  }

  private static let kindNames = Set(Event.Kind.allCases.map(\.rawValue))

  /// The timeline when two dates could give the same id: every entry's id made unique across
  /// the timeline from its base, in the order its first report came in, then all sorted.
  private static func timelineUniquedWhole(
    _ dates: [String], _ merges: [TimelineMemory.DateMerge], _ indices: [String: [Int]],
    _ keys: [Int]
  ) -> [TimelineEntry] {
    let made = zip(dates, merges).flatMap { date, merge in
      let at = indices[date]!
      return merge.entries.map { (first: at[$0.first], base: $0.base, entry: $0.entry) }
    }.sorted { $0.first < $1.first }
    let key = Dictionary(uniqueKeysWithValues: zip(dates, keys))
    return uniqued(made).map { (key: key[$0.entry.date.value]!, entry: $0.entry) }
      .sorted { a, b in a.key != b.key ? a.key < b.key : a.entry.id < b.entry.id }
      .map(\.entry)
  }
}
