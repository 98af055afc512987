import BriefingModels

/// The corpus-wide party registry, merged from each briefing's ``BriefingContribution``: every
/// party keyed by its dense id, so the merge hashes no `String` per party per briefing, and a
/// rebuild can hand it the contributions stored beside the extraction cache instead of making
/// them from every briefing.
struct PartyRegistry: Sendable {
  let gazetteer: Gazetteer

  func merge(_ briefings: [Briefing]) -> [Party] {
    var table = IdTable()
    let contributions = briefings.map { BriefingContribution($0, table: &table) }
    return merge(contributions, table: table)
  }

  /// One party as merged so far: the first briefing's name, kind, role and description (the
  /// latter two filled in by later ones), every alias once in order, the parents texts gave.
  private struct Merged {
    var name: Int32
    var kind: Party.Kind
    var role: Int32
    var description: Int32
    var aliases: [Int32] = []
    /// Parents given by texts, counted, in the order first given.
    var votes: [(parent: Int32, count: Int)] = []
  }

  /// The registry of the briefings whose contributions, in article order, are `contributions`
  /// (ids from `table`).
  func merge(_ contributions: [BriefingContribution], table: IdTable) -> [Party] {
    var merged: [Merged?] = Array(repeating: nil, count: table.count)
    var order: [Int32] = []
    for c in contributions {
      c.forEachParty { p in
        let i = Int(p.id)
        if merged[i] == nil {
          merged[i] = Merged(name: p.name, kind: p.kind, role: p.role, description: p.description)
          order.append(p.id)
        }
        var m = merged[i]!
        merged[i] = nil  // the one copy, so the arrays below grow in place
        for alias in p.aliases where alias != m.name && !m.aliases.contains(alias) {
          m.aliases.append(alias)
        }
        if m.role == BriefingContribution.none { m.role = p.role }
        if m.description == BriefingContribution.none { m.description = p.description }
        if p.parent != BriefingContribution.none {
          if let v = m.votes.firstIndex(where: { $0.parent == p.parent }) {
            m.votes[v].count += 1
          } else {
            m.votes.append((p.parent, 1))
          }
        }
        merged[i] = m
      }
    }
    func optional(_ id: Int32) -> String? { id == BriefingContribution.none ? nil : table[id] }
    var parties: [String: Party] = [:]
    parties.reserveCapacity(order.count)
    for id in order {
      let m = merged[Int(id)]!
      let key = table[id]
      var parent: String?
      if !m.votes.isEmpty {
        // A person's affiliation is the one most texts give; for a body, the gazetteer's
        // parent first. Ties go to the gazetteer's, else to the smallest id (any order of the
        // votes gives the same registry).
        let known = gazetteer.entry(key)?.parent
        let best = m.votes.map { (parent: table[$0.parent], count: $0.count) }.max { a, b in
          if a.count != b.count { return a.count < b.count }
          if (a.parent == known) != (b.parent == known) { return b.parent == known }
          return a.parent > b.parent
        }
        parent = m.kind == .person ? best?.parent : (known ?? best?.parent)
      }
      parties[key] = Party(
        id: key, name: table[m.name], kind: m.kind, parent: parent,
        aliases: m.aliases.map { table[$0] }, role: optional(m.role),
        description: optional(m.description))
    }
    // Parents nobody named, so that every parent link leads to a party of the registry.
    var pending = parties.values.compactMap(\.parent)
    while let id = pending.popLast() {
      guard parties[id] == nil, let e = gazetteer.entry(id) else { continue }
      parties[id] = Party(
        id: e.id, name: e.name, kind: e.kind, parent: e.parent, aliases: [], role: e.role,
        description: e.description)
      if let p = e.parent { pending.append(p) }
    }
    return parties.values.sorted { $0.id < $1.id }
  }
}
