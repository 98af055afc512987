import BriefingModels

/// What search finds: one record per briefing, party, event and statement, in the order results
/// are ranked (parties, briefings, events, statements). URLs are relative to the site root.
/// ``SearchShards`` turns the records into the sharded index the search script reads.
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
    var statements: [Record] = []
    // Parties with shorter names first: a query finds "Ukraine" before "UN Mission in Ukraine".
    let parties = index.partiesByName.map { (SearchShards.terms($0.name).count, $0) }
    for (_, p) in parties.sorted(by: { $0.0 < $1.0 }) { records.append(Self.record(of: p)) }
    for b in index.briefingsByDate {
      let own = Self.records(of: b, index: index)
      records.append(own[0])
      statements += own.dropFirst()
    }
    for e in index.timeline { records.append(Self.record(of: e, paging: paging)) }
    records += statements
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

  func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(records)
  }
}
