import BriefingModels

/// timeline.json in TimelineJS's format. TimelineJS shows `headline` and `text` as HTML, so
/// every text is HTML-escaped here and links are absolute.
struct TimelineJSExport: Encodable {
  struct DateParts: Encodable {
    var year: String
    var month: String?
    var day: String?
  }

  struct Text: Encodable {
    var headline: String
    var text: String
  }

  struct Event: Encodable {
    var start_date: DateParts
    var text: Text
    var group: String
    var unique_id: String
  }

  struct Title: Encodable {
    var text: Text
  }

  var title: Title
  var events: [Event]

  init(index: SiteIndex) {
    title = Self.title(index)
    events = index.timeline.compactMap { Self.event($0, index: index) }
  }

  static func title(_ index: SiteIndex) -> Title {
    let e = HTMLEscaper.escape
    return Title(
      text: Text(headline: e(index.config.title), text: e(index.config.description ?? "Timeline")))
  }

  /// The event of one timeline entry; nil when its date has no start.
  static func event(_ item: SiteIndex.Entry, index: SiteIndex) -> Event? {
    let base = index.config.normalizedBaseURL
    let e = HTMLEscaper.escape
    guard let start = item.date.start else { return nil }
    let precision = item.entry.date.precision
    let parts = DateParts(
      year: String(start.year),
      month: precision == .year || precision == .decade ? nil : String(start.month),
      day: precision == .day || precision == .week ? String(start.day) : nil)
    let sources = item.entry.sources.map { s in
      let url =
        base + SitePaths.url(SitePaths.briefing(s.article)) + "#"
        + SitePaths.sentenceAnchor(s.sentence)
      return "<a href=\"\(e(url))\">\(e(index.articleTitle(s.article)))</a>"
    }
    let headline =
      item.entry.text.count > 90 ? String(item.entry.text.prefix(89)) + "…" : item.entry.text
    return Event(
      start_date: parts,
      text: Text(
        headline: e(headline),
        text: "<p>\(e(item.entry.text))</p><p>Sources: \(sources.joined(separator: ", "))</p>"),
      group: item.entry.kind.rawValue, unique_id: SitePaths.segment(item.entry.id))
  }

  /// Bump when an event's JSON changes shape.
  static let eventRecipe = "timelinejs-event 1"

  /// timeline.json: exactly ``SafeJSON``'s bytes for the export (`{"events":[…],"title":…}`,
  /// keys sorted, compact), each event spliced from `fragments` when given. An event depends on
  /// its entry (``CorpusJSON/entryKey(_:)``), the site's address and its sources' titles.
  static func encode(index: SiteIndex, fragments: JSONFragments?) -> [UInt8] {
    guard let fragments else { return SafeJSON.encode(TimelineJSExport(index: index)) }
    let base = index.config.normalizedBaseURL
    var out = Array(#"{"events":["#.utf8)
    out.reserveCapacity(1 << 20)
    var first = true
    for item in index.timeline where item.date.start != nil {
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      var f = Fingerprint()
      f.add(eventRecipe)
      f.add(base)
      f.add(CorpusJSON.entryKey(item.entry))
      for s in item.entry.sources { f.add(index.articleTitle(s.article)) }
      fragments.append(f.hex, to: &out) {
        Array(SafeJSON.encode(event(item, index: index)!).dropLast())
      }
    }
    out += Array(#"],"title":"#.utf8)
    out += SafeJSON.encode(title(index)).dropLast()
    out += Array("}\n".utf8)
    return out
  }
}

/// search.json: one record per briefing, party, event and statement, for the search script.
/// URLs are relative to the site root.
struct SearchIndex: Encodable {
  struct Record: Encodable {
    var type: String
    var title: String
    var text: String
    var url: String
    var date: String?
  }

  var records: [Record] = []

  init(index: SiteIndex, paging: TimelinePaging) {
    for b in index.briefingsByDate { records += Self.records(of: b, index: index) }
    for p in index.partiesByName { records.append(Self.record(of: p)) }
    for e in index.timeline { records.append(Self.record(of: e, paging: paging)) }
  }

  /// A briefing's record and one per statement.
  static func records(of b: Briefing, index: SiteIndex) -> [Record] {
    var records = [
      Record(
        type: "briefing", title: b.article.title, text: b.summary.joined(separator: " "),
        url: SitePaths.url(SitePaths.briefing(b.article.id)), date: b.article.published)
    ]
    for (i, s) in b.statements.enumerated() {
      records.append(
        Record(
          type: "statement", title: "\(index.partyName(s.party)) (\(s.stance.rawValue))",
          text: s.text,
          url: SitePaths.url(SitePaths.briefing(b.article.id)) + "#"
            + SitePaths.statementAnchor(i),
          date: b.article.published))
    }
    return records
  }

  static func record(of p: Party) -> Record {
    Record(
      type: "party", title: p.name,
      text: ([p.kind.rawValue] + p.aliases + [p.role, p.description].compactMap { $0 }).joined(
        separator: " "),
      url: SitePaths.url(SitePaths.party(p.id)), date: nil)
  }

  static func record(of e: SiteIndex.Entry, paging: TimelinePaging) -> Record {
    Record(
      type: "event", title: e.date.label, text: e.entry.text,
      url: SitePaths.url(paging.page(of: e.entry.id)) + "#" + SitePaths.eventAnchor(e.entry.id),
      date: e.date.start?.iso)
  }

  /// Bump when a record's JSON changes shape.
  static let recipe = "search-records 1"

  /// search.json: exactly ``SafeJSON``'s bytes for the index (an array of records, compact),
  /// spliced from `fragments` when given: a briefing's records by its source (`sources`, which
  /// decides the briefing) and the names of the parties it quotes; an event's by its entry
  /// (``CorpusJSON/entryKey(_:)``) and its timeline page. Party records are encoded each time.
  static func encode(
    index: SiteIndex, paging: TimelinePaging, sources: [String: String],
    fragments: JSONFragments?
  ) -> [UInt8] {
    guard let fragments else { return SafeJSON.encode(SearchIndex(index: index, paging: paging)) }
    var out: [UInt8] = [UInt8(ascii: "[")]
    out.reserveCapacity(1 << 20)
    func separate() { if out.count > 1 { out.append(UInt8(ascii: ",")) } }
    func joined(_ records: [Record]) -> [UInt8] {
      var bytes: [UInt8] = []
      for (i, r) in records.enumerated() {
        if i > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes += SafeJSON.encode(r).dropLast()
      }
      return bytes
    }
    for b in index.briefingsByDate {
      separate()
      guard let source = sources[b.article.id] else {
        out += joined(records(of: b, index: index))
        continue
      }
      var f = Fingerprint()
      f.add(recipe)
      f.add(source)
      for s in b.statements { f.add(index.partyName(s.party)) }
      fragments.append(f.hex, to: &out) { joined(records(of: b, index: index)) }
    }
    for p in index.partiesByName {
      separate()
      out += SafeJSON.encode(record(of: p)).dropLast()
    }
    for e in index.timeline {
      separate()
      var f = Fingerprint()
      f.add(recipe)
      f.add(CorpusJSON.entryKey(e.entry))
      f.add(paging.page(of: e.entry.id))
      fragments.append(f.hex, to: &out) {
        SafeJSON.encode(record(of: e, paging: paging)).dropLast()
      }
    }
    out += Array("]\n".utf8)
    return out
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(records)
  }
}

extension SitePlanner {
  /// The feed and the JSON exports, in the order they are listed after the HTML pages.
  /// The feed and the JSON exports, each computed when it is prepared.
  func exportPages() -> [Page] {
    let index = index
    let paging = paging
    let sources = briefingKeys.sources
    let fragments = fragments
    return [
      Page(path: SitePaths.feed, key: key(of: SitePaths.feed), mediaType: "application/atom+xml") {
        Array(AtomFeed(index: index).xml().utf8)
      },
      Page(
        path: SitePaths.corpusJSON, key: key(of: SitePaths.corpusJSON),
        mediaType: "application/json"
      ) { CorpusJSON.encode(index.corpus, sources: sources, fragments: fragments) },
      Page(
        path: SitePaths.timelineJSON, key: key(of: SitePaths.timelineJSON),
        mediaType: "application/json"
      ) { TimelineJSExport.encode(index: index, fragments: fragments) },
      Page(
        path: SitePaths.searchJSON, key: key(of: SitePaths.searchJSON),
        mediaType: "application/json"
      ) {
        SearchIndex.encode(index: index, paging: paging, sources: sources, fragments: fragments)
      },
    ]
  }

  /// sitemap.xml: every HTML page but the 404 page.
  func sitemapPage(htmlPaths: [String]) -> Page {
    Page(
      path: SitePaths.sitemap, key: key(of: SitePaths.sitemap), mediaType: "application/xml",
      bytes: Array(
        Sitemap(
          baseURL: index.config.normalizedBaseURL,
          paths: htmlPaths.filter { $0 != SitePaths.notFound }
        ).xml().utf8))
  }
}
