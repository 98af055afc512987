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
    var out = JSONSplice(#"{"events":["#)
    var first = true
    for item in index.timeline where item.date.start != nil {
      if !first { out.append(byte: UInt8(ascii: ",")) }
      first = false
      var f = Fingerprint()
      f.add(eventRecipe)
      f.add(base)
      f.add(item.key)
      for s in item.entry.sources { f.add(index.articleTitle(s.article)) }
      fragments.append(f.hex, to: &out) {
        Array(SafeJSON.encode(event(item, index: index)!).dropLast())
      }
    }
    out.append(#"],"title":"#)
    out.append(bytes: SafeJSON.encode(title(index)).dropLast())
    out.append("}\n")
    return out.joined()
  }
}
