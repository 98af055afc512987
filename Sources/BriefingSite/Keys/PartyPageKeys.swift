import BriefingModels

/// Keys of party pages hashed from what each page shows, so an edit rebuilds only the pages
/// of the parties it touches.
///
/// A party page shows the party (name, kind, role, description, aliases, parent, children),
/// its statements (the latest in words, all of them in the stance picture), its latest events,
/// the parties it appears with and how often, its relations (who it met, agreed with, accused,
/// made demands of, and the sentences that say so), and the briefings that name it. Statements and
/// briefings are represented by their briefing's source (``BriefingPageKeys``), events by their
/// timeline digest (``TimelinePageKeys``). `PartyPageKeyTests` checks, on real changes to a
/// corpus, that every party page whose model changed also has a new key.
struct PartyPageKeys: Sendable {
  /// Bump when a party page starts to show something new.
  static let recipe = "party-page-key 3"

  /// The key of `party`'s page, or nil when a briefing it shows has no known source.
  static func key(
    of party: Party, index: SiteIndex, briefings: BriefingPageKeys, timeline: TimelinePageKeys
  ) -> String? {
    let names = timeline.parties
    var f = Fingerprint()
    f.add(recipe)
    f.add(timeline.site)
    f.add(party.id)
    f.add(party.name)
    f.add(party.kind.rawValue)
    f.add(party.role ?? "\u{0}")
    f.add(party.description ?? "\u{0}")
    for alias in party.aliases { f.add(alias) }
    f.add("parent")
    f.add(party.parent.map { $0 + "\u{0}" + (names[$0] ?? $0) } ?? "\u{0}")
    f.add("children")
    for child in index.children[party.id] ?? [] {
      f.add(child)
      f.add(names[child] ?? child)
    }
    f.add("statements")
    // Each statement as its article's id and source (hashed once per plan), its position and
    // its target's name: read by number, tens of thousands for the busiest parties.
    for ref in index.statementsByParty[party.id] ?? [] {
      guard briefings.sourceParts.indices.contains(ref.briefing),
        let part = briefings.sourceParts[ref.briefing]
      else { return nil }
      f.add(part)
      withUnsafeBytes(of: ref.index.littleEndian) { f.add($0) }
      f.add(ref.statement.target.map { names[$0] ?? $0 } ?? "\u{0}")
    }
    let entries = index.entriesByParty[party.id] ?? []
    f.add("events \(entries.count)")
    for e in entries.suffix(SitePlanner.partyEventLimit) {
      f.add(timeline.entries[e.entry.id] ?? e.entry.id)
    }
    f.add("companions")
    for c in index.companions(of: party.id).prefix(12) {
      f.add(c.id)
      f.add(names[c.id] ?? c.id)
      f.add(String(c.count))
    }
    f.add("relations")
    for r in index.relationsByParty[party.id] ?? [] {
      f.add(r.kind.rawValue)
      f.add(r.from)
      f.add(names[r.from] ?? r.from)
      f.add(r.to)
      f.add(names[r.to] ?? r.to)
      f.add(String(r.evidence.count))
      // The linked sentences show their article's title: its briefing's record covers it.
      for e in r.evidence.prefix(SitePlanner.relationSourceLimit) {
        guard let source = briefings.sources[e.article] else { return nil }
        f.add(e.article)
        f.add(source)
        f.add(String(e.sentence))
      }
    }
    let named = index.briefingsByParty[party.id] ?? []
    f.add("briefings \(named.count)")
    for position in named.prefix(SitePlanner.partyBriefingLimit) {
      guard let part = briefings.sourceParts[position] else { return nil }
      f.add(part)
    }
    return f.hex
  }
}
