import BriefingModels

extension SitePlanner {
  /// All parties, grouped by kind, with their parent and how active they are.
  func partiesPage() -> Page {
    document(path: SitePaths.parties, template: "parties", title: "Parties", section: .parties) {
      b in
      let groups = Party.Kind.allCases.compactMap { kind -> PartiesPageModel.Group? in
        let members = index.partiesByName.filter { $0.kind == kind }
        guard !members.isEmpty else { return nil }
        return .init(kind: Self.kindTitle(kind), parties: members.map { b.partyItem($0) })
      }
      return PartiesPageModel(
        title: "Parties", count: index.parties.count, groups: groups, links: siteLinks(b.linker),
        html: [:])
    }
  }

  // A party page is a summary: the timeline (filtered to the party) and search have the rest.
  // Each limit bounds what one page holds whatever the corpus (a party page was ~25 KB at 1,000
  // articles with 20 statements, 20 briefings, 30 relations of 5 sentences; now ~12 KB).
  static let partyEventLimit = 10
  static let partyStatementLimit = 10
  static let partyBriefingLimit = 10
  /// Rows of the relations table, sentences linked per row, parties in the network picture:
  /// a party page grows with its own relations, never with the corpus.
  static let partyRelationLimit = 12
  static let relationSourceLimit = 2
  static let relationNeighbourLimit = 8

  /// Aliases other than the name, each once whatever its case ("Moscow", "MOSCOW").
  static func distinctAliases(_ party: Party) -> [String] {
    var seen: Set<String> = [party.name.lowercased()]
    return party.aliases.filter { seen.insert($0.lowercased()).inserted }
  }

  static func kindTitle(_ kind: Party.Kind) -> String {
    switch kind {
    case .state: "States"
    case .organization: "Organisations and bodies"
    case .person: "People"
    case .group: "Groups"
    }
  }

  /// One party: who it is, what it said over time, the events it took part in, and the
  /// parties it appears with.
  func partyPage(_ party: Party) -> Page {
    let path = SitePaths.party(party.id)
    let key = timelineKeys.flatMap {
      PartyPageKeys.key(of: party, index: index, briefings: briefingKeys, timeline: $0)
    }
    return document(
      path: path, template: "party", title: party.name, section: .parties, inputKey: key
    ) { b in
      let refs = index.statementsByParty[party.id] ?? []
      var months: [PartyPageModel.Month] = []
      // The latest statements in words; the picture counts them all.
      // Anchors numbered on the page: nothing links to them from elsewhere, and an article id in
      // each (unique, but 60 to 90 bytes) was most of the id.
      for (i, ref) in refs.suffix(Self.partyStatementLimit).enumerated() {
        let label =
          ref.date.start.map { "\(DateLabel.months[$0.month - 1]) \($0.year)" } ?? "Undated"
        let model = b.statement(ref, onPage: i)
        if months.last?.label == label {
          months[months.count - 1].statements.append(model)
        } else {
          months.append(.init(label: label, statements: [model]))
        }
      }
      let entries = index.entriesByParty[party.id] ?? []
      // The latest events, each its date, kind and first words linked to its entry on the
      // timeline, which has its parties and sources: the filtered timeline has them all.
      let events = entries.suffix(Self.partyEventLimit).map {
        var event = b.event($0, timelinePage: paging.page(of: $0.entry.id))
        event.parties = []
        event.sources = []
        event.moreSources = nil
        event.html = [:]
        return event
      }
      let companions = index.companions(of: party.id)
      var html: [String: String] = [:]
      if let chart = StanceChart(party: party.name, statements: refs, idPrefix: "stances").svg() {
        html["stances"] = b.slots.add(chart)
      }
      if let chart = CompanionChart(
        party: party.name,
        companions: companions.prefix(8).map { (index.partyName($0.id), $0.count) },
        idPrefix: "companions"
      ).svg() {
        html["companions"] = b.slots.add(chart)
      }
      let relations = relationRows(of: party, html: &html, builder: &b)
      let briefings = index.briefingsByParty[party.id] ?? []
      var links = siteLinks(b.linker)
      if !entries.isEmpty {
        // The one timeline, filtered to the party in the browser (its query keeps the filter).
        links["partyTimeline"] =
          b.linker.to(SitePaths.timeline) + "?party=" + SitePaths.segment(party.id)
      }
      return PartyPageModel(
        name: party.name, kind: party.kind.rawValue,
        kindLabel: [
          .state: "State", .organization: "Organisation", .person: "Person", .group: "Group",
        ][party.kind] ?? "Party", role: party.role, description: party.description,
        parent: party.parent.flatMap { $0 == party.id ? nil : b.partyLink($0) },
        children: (index.children[party.id] ?? []).map(b.partyLink),
        aliases: Self.distinctAliases(party),
        statementCount: refs.count, months: months, eventCount: entries.count, events: events,
        eventsShown: events.count < entries.count ? events.count : nil,
        related: companions.prefix(12).map {
          .init(
            name: index.partyName($0.id), href: b.linker.to(SitePaths.party($0.id)), count: $0.count
          )
        },
        relations: relations.rows, relationCount: relations.total,
        briefings: briefings.prefix(Self.partyBriefingLimit).map {
          b.briefingItem(index.briefingsByDate[$0])
        },
        briefingCount: briefings.count,
        statementsShown: refs.count > Self.partyStatementLimit ? Self.partyStatementLimit : nil,
        links: links, html: html)
    }
  }
}

extension SitePlanner {
  /// The party's relations: the table's rows, and the network picture and the table as
  /// fragments in `html` (`relations`, `relationTable`) when there is any.
  func relationRows(of party: Party, html: inout [String: String], builder b: inout ItemBuilder)
    -> (rows: [PartyPageModel.RelationRow], total: Int)
  {
    let relations = PartyRelations(
      party: party.id, relations: index.relationsByParty[party.id] ?? [])
    guard !relations.rows.isEmpty else { return ([], 0) }
    let shown = relations.rows.prefix(Self.partyRelationLimit)
    let rows = shown.map { row in
      let sources = row.evidence.prefix(Self.relationSourceLimit).map {
        b.source(article: $0.article, sentence: $0.sentence)
      }
      return PartyPageModel.RelationRow(
        relation: row.label, kind: row.kind.rawValue, anchor: row.anchor,
        party: b.partyLink(row.other), count: row.evidence.count, sources: sources,
        moreSources: row.evidence.count > sources.count ? row.evidence.count - sources.count : nil)
    }
    // Only rows the table shows are drawn: every edge has its row.
    let neighbours = PartyRelations.neighbours(Array(shown), limit: Self.relationNeighbourLimit)
    var edges: [RelationNetwork.Edge] = []
    for (i, row) in shown.enumerated() {
      guard let k = neighbours.firstIndex(of: row.other) else { continue }
      edges.append(
        .init(
          neighbour: k, kind: row.kind, outgoing: row.outgoing, count: row.evidence.count,
          anchor: rows[i].anchor, relation: row.label))
    }
    let network = RelationNetwork(
      party: party.name,
      neighbours: neighbours.map { id in
        .init(
          name: index.partyName(id),
          anchor: shown.first { $0.other == id }?.anchor ?? "")
      },
      edges: edges, idPrefix: "relations")
    if let svg = network.svg() { html["relations"] = b.slots.add(svg) }
    html["relationTable"] = b.slots.add(
      RelationTable(party: party.name, rows: rows, total: relations.rows.count).html())
    return (rows, relations.rows.count)
  }
}
