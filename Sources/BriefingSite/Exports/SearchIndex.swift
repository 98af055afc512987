import BriefingModels

/// What search finds: one record per party, briefing and event, in the order results are ranked.
/// A briefing's statements are found through it (their words are indexed with the briefing's,
/// and its page shows them): a record each would repeat their text. URLs are from the site root.
/// ``SearchShards`` turns the records into the sharded index the search script reads.
struct SearchIndex: Encodable {
  struct Record: Encodable {
    var type: String
    var title: String
    var text: String
    var url: String
    var date: String?
    /// Words found by search but not shown in results (a briefing's statements).
    var indexed = ""

    enum CodingKeys: String, CodingKey { case type, title, text, url, date }
  }

  var records: [Record] = []

  init(index: SiteIndex, paging: TimelinePaging) {
    records = Self.partyRecords(index)
    for b in index.briefingsByDate { records.append(Self.record(of: b, index: index)) }
    for e in index.timeline { records.append(Self.record(of: e, paging: paging)) }
  }

  /// The parties' records, those with shorter names first: a query finds "Ukraine" before
  /// "UN Mission in Ukraine".
  static func partyRecords(_ index: SiteIndex) -> [Record] {
    let parties = index.partiesByName.map { (SearchShards.terms($0.name).count, $0) }
    return parties.sorted(by: { $0.0 < $1.0 }).map { record(of: $0.1) }
  }

  /// A briefing's record: its summary shown, its statements (who said what) indexed with it.
  static func record(of b: Briefing, index: SiteIndex) -> Record {
    var statements: [String] = []
    for s in b.statements {
      statements += [s.hasParty ? index.partyName(s.party) : s.speakerText ?? "", s.text]
    }
    return Record(
      type: "briefing", title: b.article.title, text: b.summary.joined(separator: " "),
      url: SitePaths.url(SitePaths.briefing(b.article.id)), date: b.article.published,
      indexed: statements.joined(separator: " "))
  }

  static func record(of p: Party) -> Record {
    Record(
      type: "party", title: p.name,
      text: ([p.kind.rawValue] + p.aliases + [p.role, p.description].compactMap { $0 }).joined(
        separator: " "),
      url: SitePaths.url(SitePaths.party(p.id)), date: nil)
  }

  /// An event's record shows its first words, as its timeline row does; all its words are
  /// found. Its whole sentence is on its briefing's page: 17,000 of them were 1.5 MB of the
  /// records at 1,000 articles.
  static func record(of e: SiteIndex.Entry, paging: TimelinePaging) -> Record {
    let gist = SitePlanner.gist(e.entry.text, sentence: nil)
    return Record(
      type: "event", title: e.date.heading, text: gist,
      url: SitePaths.url(paging.page(of: e.entry.id)) + "#" + SitePaths.eventAnchor(e.entry.id),
      date: e.date.start?.iso, indexed: gist == e.entry.text ? "" : e.entry.text)
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(records)
  }
}
