import BriefingModels

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
      type: "event", title: e.date.heading, text: e.entry.text,
      url: SitePaths.url(paging.page(of: e.entry.id)) + "#" + SitePaths.eventAnchor(e.entry.id),
      date: e.date.start?.iso)
  }

  /// Bump when a record's JSON changes shape.
  static let recipe = "search-records 2"

  /// search.json: exactly ``SafeJSON``'s bytes for the index (an array of records, compact),
  /// spliced from `fragments` when given: a briefing's records by its source (`sources`, which
  /// decides the briefing) and the names of the parties it quotes; an event's by its entry
  /// (``CorpusJSON/entryKey(_:)``) and its timeline page. Party records are encoded each time.
  static func encode(
    index: SiteIndex, paging: TimelinePaging, sources: [String: String],
    fragments: JSONFragments?
  ) -> [UInt8] {
    guard let fragments else { return SafeJSON.encode(SearchIndex(index: index, paging: paging)) }
    var out = JSONSplice("[")
    func separate() { if out.count > 1 { out.append(byte: UInt8(ascii: ",")) } }
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
        out.append(bytes: joined(records(of: b, index: index)))
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
      out.append(bytes: SafeJSON.encode(record(of: p)).dropLast())
    }
    for e in index.timeline {
      separate()
      var f = Fingerprint()
      f.add(recipe)
      f.add(e.key)
      f.add(paging.page(of: e.entry.id))
      fragments.append(f.hex, to: &out) {
        SafeJSON.encode(record(of: e, paging: paging)).dropLast()
      }
    }
    out.append("]\n")
    return out.joined()
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(records)
  }
}
