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

  /// The lists up front and the positions rows give in them: the kinds that occur, in
  /// `Event.Kind` order; the parties that take part in an event, by name; each timeline page's
  /// label by path. Shared by the model and by ``bytes(index:paging:)``.
  private struct Tables {
    var kinds: [BriefingModels.Event.Kind]
    var kindPosition: [BriefingModels.Event.Kind: Int] = [:]
    var parties: [Party]
    var partyPosition: [String: Int] = [:]
    var labels: [String: String]

    init(index: SiteIndex, paging: TimelinePaging) {
      kinds = BriefingModels.Event.Kind.allCases.filter { k in
        index.timeline.contains { $0.entry.kind == k }
      }
      for (i, k) in kinds.enumerated() { kindPosition[k] = i }
      parties = index.partiesByName.filter { !(index.entriesByParty[$0.id] ?? []).isEmpty }
      partyPosition.reserveCapacity(parties.count)
      for (i, p) in parties.enumerated() { partyPosition[p.id] = i }
      labels = Dictionary(
        paging.periods.map { ($0.path, $0.label) }, uniquingKeysWith: { a, _ in a })
    }
  }

  init(index: SiteIndex, paging: TimelinePaging) {
    let tables = Tables(index: index, paging: paging)
    kinds = tables.kinds.map(\.rawValue)
    parties = tables.parties.map { [$0.id, $0.name] }
    let (kindPosition, partyPosition, labels) =
      (tables.kindPosition, tables.partyPosition, tables.labels)
    var pageList: [[String]] = []
    var pagePosition: [String: Int] = [:]
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
          id: SitePaths.eventName(e.entry.id), page: page, kind: kindPosition[e.entry.kind] ?? 0,
          day: e.date.start?.iso ?? "",
          parties: uniqued(e.entry.parties).compactMap { partyPosition[$0] }.map(String.init)
            .joined(separator: " ")))
    }
    pages = pageList
    events = rows
  }

  /// The file's bytes, written row by row: those of `SafeJSON.encode(TimelineData(...))`.
  /// Consecutive events mostly share a page, so the last page's position is kept; a party's
  /// position is looked up once per event and written as digits, not joined from strings.
  static func bytes(index: SiteIndex, paging: TimelinePaging) -> [UInt8] {
    let tables = Tables(index: index, paging: paging)
    let (kindList, kindPosition, partyList, partyPosition, labels) =
      (tables.kinds, tables.kindPosition, tables.parties, tables.partyPosition, tables.labels)
    var pageList: [String] = []
    var pagePosition: [String: Int] = [:]
    var last: (path: String, position: Int)? = nil
    var events = JSONBytes()
    events.bytes.reserveCapacity(index.timeline.count * 40)
    var positions: [Int] = []
    for (n, e) in index.timeline.enumerated() {
      let path = paging.page(of: e.entry.id)
      let page: Int
      if let last, last.path == path {
        page = last.position
      } else if let known = pagePosition[path] {
        page = known
      } else {
        page = pageList.count
        pagePosition[path] = page
        pageList.append(path)
      }
      last = (path, page)
      events.raw(n == 0 ? "[" : ",[")
      events.string(SitePaths.eventName(e.entry.id))
      events.byte(",")
      events.int(page)
      events.byte(",")
      events.int(kindPosition[e.entry.kind] ?? 0)
      events.byte(",")
      if let start = e.date.start { events.string(start.iso) } else { events.raw("\"\"") }
      events.byte(",")
      // The parties' positions, each once, in the entry's order.
      positions.removeAll(keepingCapacity: true)
      for p in e.entry.parties {
        if let k = partyPosition[p], !positions.contains(k) { positions.append(k) }
      }
      events.byte("\"")
      for (i, k) in positions.enumerated() {
        if i > 0 { events.byte(" ") }
        events.int(k)
      }
      events.raw("\"]")
    }
    var out = JSONBytes()
    out.raw("{\"events\":[")
    out.bytes += events.bytes
    out.raw("],\"kinds\":[")
    for (i, k) in kindList.enumerated() {
      if i > 0 { out.byte(",") }
      out.string(k.rawValue)
    }
    out.raw("],\"pages\":[")
    for (i, path) in pageList.enumerated() {
      out.raw(i == 0 ? "[" : ",[")
      out.string(SitePaths.url(path))
      out.byte(",")
      out.string(labels[path] ?? "All events")
      out.byte("]")
    }
    out.raw("],\"parties\":[")
    for (i, p) in partyList.enumerated() {
      out.raw(i == 0 ? "[" : ",[")
      out.string(p.id)
      out.byte(",")
      out.string(p.name)
      out.byte("]")
    }
    out.raw("],\"version\":1}\n")
    return out.bytes
  }
}
