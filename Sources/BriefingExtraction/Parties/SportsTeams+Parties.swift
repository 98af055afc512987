import BriefingModels

/// A team of a match report is a party of its own, an organisation: "Belgium national team",
/// whose parent (and so side) is the state, with every mention, statement and event of the
/// article that named the state or place. The briefing and the names scored are the same.
extension SportsTeams {
  /// The team of a state of the gazetteer ("Belgium" → "Belgium national team").
  static func entry(ofState id: String, name: String) -> Gazetteer.Entry {
    Gazetteer.Entry(
      id: id + "-national-team", name: name + " national team", kind: .organization, parent: id,
      role: "team", aliases: [name])
  }

  /// The team of a place the gazetteer holds no state for ("England" → "England team").
  static func entry(ofPlace name: String) -> Gazetteer.Entry {
    Gazetteer.Entry(
      id: Slug.make(name) + "-team", name: name + " team", kind: .organization, role: "team",
      aliases: [name])
  }

  /// Replaces every state and place of `teams` (keys as `states(_:)` gives them) by its team:
  /// in each sentence's mentions (a place becomes a mention of the team), in the statements
  /// and in the book.
  static func promote(
    _ teams: Set<String>, inputs: inout [EventFinder.SentenceInput], statements: inout [Statement],
    book: inout PartyBook
  ) {
    guard !teams.isEmpty else { return }
    var renamed: [String: String] = [:]
    for party in book.all where party.kind == .state && teams.contains(party.id) {
      let team = entry(ofState: party.id, name: party.name)
      book.replace(party.id, by: team)
      renamed[party.id] = team.id
    }
    for i in inputs.indices {
      var parties = inputs[i].parties
      for k in parties.mentions.indices {
        guard let id = renamed[parties.mentions[k].id] else { continue }
        parties.mentions[k].id = id
        parties.mentions[k].kind = .organization
      }
      for place in parties.places where teams.contains(placeKey(place.name)) {
        let team = entry(ofPlace: place.name)
        book.record(team, sentence: inputs[i].index, text: place.name)
        parties.mentions.append(
          PartyMention(
            id: team.id, tokens: place.tokens, text: place.name, embedded: false,
            kind: .organization))
      }
      parties.places.removeAll { teams.contains(placeKey($0.name)) }
      parties.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
      inputs[i].parties = parties
      inputs[i].statements = inputs[i].statements.map { rename($0, renamed) }
    }
    statements = statements.map { rename($0, renamed) }
  }

  private static func rename(_ s: Statement, _ renamed: [String: String]) -> Statement {
    var s = s
    if let id = renamed[s.party] { s.party = id }
    if let target = s.target, let id = renamed[target] { s.target = id }
    return s
  }
}
