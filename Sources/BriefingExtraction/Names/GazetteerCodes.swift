import BriefingModels

/// What the gazetteer says about each token, as the small code the name tagger reads: the kind
/// of the longest phrase covering it (a state's name, an organisation, a person, a demonym, a
/// capital, a place, a title, a body) and whether the token opens or continues that phrase; the
/// high bit (`head`) marks an organisation head word ("Agency", "University", "Motors", "Inc").
enum GazetteerCodes {
  static let head: UInt8 = 0x80

  /// Company words that end an organisation's name, beside the gazetteer's `orgHeads` (the
  /// tagger's features leave the `head` bit out: as a feature it lowered the held-out scores;
  /// `TaggedNames` uses it to retype a "person" such as "General Motors").
  static let corporateHeads: Set<String> = [
    "motors", "motor", "airlines", "airline", "airways", "aerospace", "aviation", "inc", "corp",
    "corporation", "co", "ltd", "llc", "plc", "ag", "gmbh", "group", "holdings", "systems",
    "technologies", "technology", "industries", "energy", "pharmaceuticals", "communications",
    "electric", "electronics", "software", "networks", "financial", "capital", "partners",
    "company", "companies", "enterprises", "media", "news", "times", "post", "university",
    "college", "school", "association", "society", "club", "league", "federation", "network",
    "labs", "laboratories", "studios", "records", "press", "broadcasting", "motor",
  ]
  /// `corporateHeads` as a `WordSet`, for the look-up per token (a `Set<String>` hashed each
  /// token with SipHash and compared it with every string it probed).
  static let corporateHeadWords = WordSet(corporateHeads.sorted())

  static func codes(_ tokens: [Token], known: [[Phrase]], gazetteer: Gazetteer) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: tokens.count)
    var i = 0
    while i < tokens.count {
      guard let p = PartyRecognizer.best(known[i]) else {
        i += 1
        continue
      }
      let kind = code(p.meaning, gazetteer)
      let end = min(tokens.count, i + p.tokens.count)
      for k in i..<end { out[k] = kind * 2 + (k == i ? 0 : 1) }
      i = end
    }
    // By index, not `enumerated()`: no copy of each token.
    let orgHeads = gazetteer.orgHeadWords
    for k in tokens.indices
    where tokens[k].isWord
      && (orgHeads.contains(tokens[k].norm) || corporateHeadWords.contains(tokens[k].norm))
    {
      out[k] |= head
    }
    return out
  }

  private static func code(_ meaning: PhraseMeaning, _ gazetteer: Gazetteer) -> UInt8 {
    switch meaning {
    case .name(let id):
      switch gazetteer.entry(id)?.kind {
      case .state: return 1
      case .organization: return 2
      case .person: return 3
      case .group: return 4
      case nil: return 2
      }
    case .demonym: return 5
    case .capital: return 6
    case .place: return 7
    case .title: return 8
    case .body: return 9
    case .stateNoun: return 10
    }
  }
}
