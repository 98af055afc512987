import BriefingModels

/// `timeline/events.json`: what the timeline's filter script needs to filter every event of the
/// site on one page, and nothing it can read from the pages: each event's id, the timeline page
/// that lists it, its kind, its first day and its parties (as positions in the lists up front).
/// Text stays on the pages, so the file is a small fraction of the timeline's.
struct TimelineData: Encodable {
  /// Bump when the file changes shape.
  var version = 1
  var kinds: [String]
  /// `[id, name]` of each party that takes part in an event, by name.
  var parties: [[String]]
  /// `[url, label]` of each timeline page that lists events, URLs from the site root.
  var pages: [[String]]
  /// `[id, page, kind, day, parties]`, in timeline order: `day` is `YYYY-MM-DD` or empty when
  /// the event has no day, `parties` the positions joined by spaces.
  var events: [Event]

  struct Event: Encodable {
    var id: String
    var page: Int
    var kind: Int
    var day: String
    var parties: String

    func encode(to encoder: any Encoder) throws {
      var c = encoder.unkeyedContainer()
      try c.encode(id)
      try c.encode(page)
      try c.encode(kind)
      try c.encode(day)
      try c.encode(parties)
    }
  }

  init(index: SiteIndex, paging: TimelinePaging) {
    let kindList = BriefingModels.Event.Kind.allCases.filter { k in
      index.timeline.contains { $0.entry.kind == k }
    }
    kinds = kindList.map(\.rawValue)
    let kindPosition = Dictionary(uniqueKeysWithValues: kindList.enumerated().map { ($1, $0) })
    let partyList = index.partiesByName.filter { !(index.entriesByParty[$0.id] ?? []).isEmpty }
    parties = partyList.map { [$0.id, $0.name] }
    let partyPosition = Dictionary(
      uniqueKeysWithValues: partyList.enumerated().map { ($1.id, $0) })
    var pageList: [[String]] = []
    var pagePosition: [String: Int] = [:]
    let labels = Dictionary(
      paging.periods.map { ($0.path, $0.label) }, uniquingKeysWith: { a, _ in a })
    var rows: [Event] = []
    for e in index.timeline {
      let path = paging.page(of: e.entry.id)
      let page: Int
      if let known = pagePosition[path] {
        page = known
      } else {
        page = pageList.count
        pagePosition[path] = page
        pageList.append([SitePaths.url(path), labels[path] ?? "All events"])
      }
      rows.append(
        Event(
          id: SitePaths.segment(e.entry.id), page: page, kind: kindPosition[e.entry.kind] ?? 0,
          day: e.date.start?.iso ?? "",
          parties: uniqued(e.entry.parties).compactMap { partyPosition[$0] }.map(String.init)
            .joined(separator: " ")))
    }
    pages = pageList
    events = rows
  }
}
