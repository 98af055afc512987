import BriefingModels

extension SiteIndex {
  /// The timeline's order: by first day (undated last), then date value, then id.
  static func chronological(_ a: Entry, _ b: Entry) -> Bool {
    let ka = a.date.start?.dayNumber ?? .max
    let kb = b.date.start?.dayNumber ?? .max
    if ka != kb { return ka < kb }
    return (a.entry.date.value, a.entry.id) < (b.entry.date.value, b.entry.id)
  }

  /// `entries` in ``chronological`` order. The merged timeline comes in order of its dates'
  /// first days, so only the runs of entries of one day are sorted (by date value and id),
  /// unless some day comes after a later one: sorting all 106,080 entries of a 10,000-article
  /// site, comparing strings, was 0.23 G instructions of an edit.
  static func inChronologicalOrder(_ entries: [Entry]) -> [Entry] {
    let days = entries.map { $0.date.start?.dayNumber ?? .max }
    guard zip(days, days.dropFirst()).allSatisfy({ $0 <= $1 }) else {
      return entries.sorted(by: chronological)
    }
    var sorted = entries
    var start = 0
    while start < days.count {
      var end = start + 1
      while end < days.count, days[end] == days[start] { end += 1 }
      if end - start > 1 { sorted[start..<end].sort(by: chronological) }
      start = end
    }
    return sorted
  }
}
