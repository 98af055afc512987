import BriefingModels

/// Who a reporting cue belongs to: the party before it, after it in an inverted quotation,
/// behind a pronoun or a description ("the company"), or the subjects of a list.
extension StatementFinder {
  /// "… and accused", "… and also warned": a verb sharing the sentence's first speaker.
  func isCoordinated(at i: Int, _ tokens: [Token]) -> Bool {
    var k = i - 1
    while k >= 0, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
      k -= 1
    }
    return k >= 0 && (tokens[k].norm == "and" || tokens[k].norm == "but")
  }

  /// "He said Ukraine had submitted its document and proposed a meeting": a participle after
  /// "and" that shares the "had"/"has"/"have" of a reported clause whose subject is another
  /// party is what was said, not a second statement of the speaker ("she said she had received
  /// the list and called for …" stays the speaker's own call).
  func continuesPerfect(
    at i: Int, after previous: Int, _ tokens: [Token], _ actors: [PartyMention],
    speaker: PartyMention
  ) -> Bool {
    guard tokens[i].norm.hasSuffix("ed"), previous < i else { return false }
    return actors.contains { m in
      let k = m.tokens.upperBound
      return m.tokens.lowerBound >= previous && k + 1 < i && m.id != speaker.id
        && ["had", "has", "have"].contains(tokens[k].norm)
        && tokens[k + 1].isWord && tokens[k + 1].norm != "to"
    }
  }

  /// The party that opens a new clause right before the cue at `i`, after the sentence's
  /// previous cue ("…, and Chrysler announced", "; Boeing said", "but the ministry denied"): a
  /// second claim with a speaker of its own, not a verb coordinated with the first one's.
  /// Also gives the token where the new clause begins (its comma, ";" or "while").
  func clauseSubject(at i: Int, after previous: Int, _ tokens: [Token], _ actors: [PartyMention])
    -> (speaker: PartyMention, boundary: Int)?
  {
    var k = i - 1
    while k >= 0, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
      k -= 1
    }
    guard let m = actors.last(where: { $0.tokens.upperBound == k + 1 }),
      m.tokens.lowerBound > previous
    else { return nil }
    var b = m.tokens.lowerBound - 1
    if b >= 0, Self.determiners.contains(tokens[b].norm) { b -= 1 }
    guard b > 0 else { return nil }
    if [";", "while", "whereas"].contains(tokens[b].norm) { return (m, b) }
    if ["and", "but"].contains(tokens[b].norm), tokens[b - 1].norm == "," { return (m, b - 1) }
    return nil
  }

  /// Descriptions that stand for the last organisation named ("the company said").
  static let organizationWords: WordSet = [
    "company", "firm", "group", "agency", "organisation", "organization", "carrier", "airline",
    "manufacturer", "automaker", "carmaker", "bank", "retailer", "network", "newspaper", "studio",
    "club", "team", "union", "church", "corporation", "board", "university", "institute",
    "charity", "broadcaster", "maker", "giant", "insurer", "operator", "regulator", "publisher",
    // Public bodies ("the ministry said", "the committee said"): only one whose name says so
    // (`SpeakerContext.namedOnlyHeads`).
    "ministry", "department", "council", "committee", "commission", "parliament", "army", "navy",
    "embassy", "court", "cabinet", "alliance", "federation", "association", "foundation",
    "party", "authority", "bureau", "league",
  ]

  /// Words between "I"/"we"/"you" and a verb of thinking ("I really don't think").
  static let personalSkips: WordSet = [
    "do", "did", "does", "don't", "didn't", "doesn't", "not", "just", "really", "still",
    "actually", "would", "can", "could", "might", "may", "should", "must", "always", "never",
    "all", "kind", "of", "sort", "honestly", "certainly", "definitely", "personally", "'d",
    "truly", "am", "are", "'m", "'re",
  ]

  /// The token of "I", "we" or "you" that is the subject of the verb at `i` in an interview,
  /// when it stands for the interviewee (`SpeakerContext.interviewed`).
  func personalSubject(before i: Int, _ tokens: [Token], _ context: SpeakerContext) -> Int? {
    var k = i - 1
    while k >= 0, i - k <= 5,
      Self.auxiliaries.contains(tokens[k].norm) || Self.personalSkips.contains(tokens[k].norm)
        || tokens[k].norm.hasSuffix("ly")
    {
      k -= 1
    }
    guard k >= 0 else { return nil }
    // "attributed to Einstein — "If we knew …"": a quotation's "we" is not the interviewee.
    if k < context.quotedTokens.count, context.quotedTokens[k] { return nil }
    let first: Bool
    switch tokens[k].norm {
    case "i", "we", "i'm", "we're", "i'd", "we'd": first = true
    case "you", "you're", "you'd": first = false
    default: return nil
    }
    return context.interviewed(firstPerson: first) == nil ? nil : k
  }

  /// "He said", "It added", "The company reported": the person or organisation the pronoun or
  /// description stands for, when it is the cue's subject; "I think" in an interview: the
  /// interviewee.
  func pronoun(before i: Int, _ tokens: [Token], _ context: SpeakerContext) -> PartyMention? {
    if context.interviewee != nil, let k = personalSubject(before: i, tokens, context) {
      let id = context.interviewed(firstPerson: !tokens[k].norm.hasPrefix("you"))
      return id.map {
        PartyMention(
          id: $0, tokens: k..<(k + 1), text: String(tokens[k].text), embedded: false, kind: .person)
      }
    }
    var k = i - 1
    while k >= 0, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
      k -= 1
    }
    guard k >= 0 else { return nil }
    func mention(_ id: String?, _ r: Range<Int>, _ kind: Party.Kind) -> PartyMention? {
      id.map {
        let text = tokens[r].map(\.text).joined(separator: " ")
        return PartyMention(id: $0, tokens: r, text: text, embedded: false, kind: kind)
      }
    }
    switch tokens[k].norm {
    case "he", "she":
      return mention(context.person(female: tokens[k].norm == "she"), k..<(k + 1), .person)
    case "they" where context.group() != nil:
      return PartyMention(
        id: "", tokens: k..<(k + 1), text: context.group() ?? "", embedded: false, kind: .group)
    case "it", "they":
      return mention(context.organization(), k..<(k + 1), .organization)
    default:
      // "the president", "the foreign minister": the person named with that role.
      if Self.roleHeads.contains(tokens[k].norm) { return rolePerson(at: k, tokens, context) }
      // "the company", "the Japanese carmaker": the last organisation named.
      guard Self.organizationWords.contains(tokens[k].norm), !tokens[k].isCapitalized || k == 0
      else { return nil }
      var start = k
      while start > 0, tokens[start - 1].isWord, start > k - 3,
        !Self.determiners.contains(tokens[start - 1].norm)
      {
        start -= 1
      }
      guard start > 0, ["the", "its"].contains(tokens[start - 1].norm) else {
        return nil
      }
      let words = tokens[start...k].map(\.norm)
      let r = (start - 1)..<(k + 1)
      guard let id = context.organization(described: words) else {
        // "The central bank said" after only a ministry was named: the words, no party.
        let text = tokens[r].map(\.text).joined(separator: " ")
        return PartyMention(id: "", tokens: r, text: text, embedded: false, kind: .organization)
      }
      return mention(id, r, .organization)
    }
  }

  /// The other subjects of a list ending in `m`: "The United States, Denmark and the
  /// Netherlands said" → the United States and Denmark.
  func coordinatedSubjects(
    before m: PartyMention, _ tokens: [Token], _ actors: [PartyMention]
  ) -> [PartyMention] {
    var out: [PartyMention] = []
    var first = m
    while true {
      var k = first.tokens.lowerBound - 1
      if k >= 0, Self.determiners.contains(tokens[k].norm) { k -= 1 }
      guard k >= 1, tokens[k].norm == "and" || tokens[k].norm == "," else { break }
      if tokens[k].norm == "and", tokens[k - 1].norm == "," { k -= 1 }
      // ("In a statement to the United Nations, Ukraine denied": no list; "officials in Kyiv
      // and Moscow said" is one.)
      guard let prev = actors.first(where: { $0.tokens.upperBound == k }), prev.id != m.id,
        !out.contains(where: { $0.id == prev.id }),
        tokens[k].norm == "and" || !isObject(prev, tokens)
      else { break }
      out.insert(prev, at: 0)
      first = prev
    }
    return out
  }

  /// Words that open an apposition about the subject, not a subject of its own.
  static let appositionOpeners: WordSet = [
    "led", "commanded", "headed", "run", "chaired", "which", "who", "whose", "based", "backed",
  ]

  /// Whether a party is the object of a preposition, past a determiner and, for a body,
  /// capitalised words ("to Russia", "in a statement to the Australian Broadcasting
  /// Corporation", "at the University of Arkansas"): an addressee or a place, not a subject. A
  /// person's capitalised words are a title ("Secretary of State Antony Blinken said").
  func isObject(_ m: PartyMention, _ tokens: [Token]) -> Bool {
    var k = m.tokens.lowerBound - 1
    while k >= 0, m.tokens.lowerBound - k <= 3,
      Self.determiners.contains(tokens[k].norm)
        || (m.kind != .person && tokens[k].isWord && tokens[k].isCapitalized)
    {
      k -= 1
    }
    guard k >= 0, Self.prepositions.contains(tokens[k].norm) else { return false }
    // "an assessment from the Dutch delegation", "officials at the UN Security Council": the
    // party owns the people or the document that speak.
    if k > 0, Self.ownerPrepositions.contains(tokens[k].norm),
      Self.descriptionHeads.contains(tokens[k - 1].norm)
        || Self.speechNouns.contains(tokens[k - 1].norm)
        || Self.ownedNouns.contains(tokens[k - 1].norm)
    {
      return false
    }
    return true
  }

  /// Prepositions after which a party owns the speaker before them ("officials at X", "a
  /// report by X", "an assessment from X").
  static let ownerPrepositions: WordSet = ["from", "by", "at", "of", "for"]
  /// Nouns besides `descriptionHeads` that a party owns that way.
  static let ownedNouns: WordSet = [
    "assessment", "assessments", "delegation", "delegations", "representative",
    "representatives", "delegate", "delegates", "envoy", "envoys",
  ]

  /// Who the cue belongs to.
  func speakerMention(
    for cue: ReportingCues.Cue, at i: Int, end: Int, after floor: Int, _ tokens: [Token],
    _ actors: [PartyMention]
  ) -> PartyMention? {
    func following(_ k: Int) -> PartyMention? {
      var k = k
      if k < tokens.count, Self.determiners.contains(tokens[k].norm) { k += 1 }
      return actors.first(where: { $0.tokens.lowerBound == k })
    }
    switch cue.role {
    case .accordingTo:
      // "according to curator Elaine Gustafon": past a role in lower case.
      if let m = following(end) { return m }
      if let owner = documentOwner(after: end, tokens) { return following(owner) }
      var k = end
      while k < tokens.count, k - end < 2, tokens[k].isWord, !tokens[k].isCapitalized,
        !Self.prepositions.contains(tokens[k].norm),
        !Self.descriptionOpeners.contains(tokens[k].norm)
      {
        k += 1
      }
      return k > end
        ? actors.first(where: { $0.tokens.lowerBound == k && $0.kind == .person }) : nil
    case .noun:
      if i > 0, tokens[i - 1].norm == "'s" {
        return actors.first(where: { $0.tokens.upperBound == i - 1 })
      }
      // "a statement to the Australian Broadcasting Corporation": the addressee.
      if end < tokens.count, tokens[end].norm == "to" { return nil }
      return following(end + 1)
    case .verb:
      // "It is asserted by the Crown that …", "was announced by the ministry": the agent.
      if let by = passiveAgent(at: i, end: end, tokens) {
        // "rejected by Prime Minister Boris Johnson": past a capitalised title.
        return following(by)
          ?? actors.first(where: { m in
            m.kind == .person && m.tokens.lowerBound > by && m.tokens.lowerBound <= by + 3
              && tokens[by..<m.tokens.lowerBound].allSatisfy { $0.isWord && $0.isCapitalized }
          })
      }
      // "…," said Peskov / said the Kremlin.
      // Only after a quotation: "X, who heads the delegation, said Russia had …" is no inversion.
      let quoteMarks: Set<String> = ["\"", "”", "“", "'"]
      if i > 0, [",", "\"", "”", "'"].contains(tokens[i - 1].norm),
        tokens[..<i].contains(where: { quoteMarks.contains($0.norm) }), let after = following(end)
      {
        return after
      }
      // "Institutional recipients, said Mauer, are required …": an inversion set off by commas.
      if i > 0, tokens[i - 1].norm == ",", let after = following(end), after.kind == .person,
        after.tokens.upperBound < tokens.count, tokens[after.tokens.upperBound].norm == ","
      {
        return after
      }
      // "Medinsky, who heads the Russian delegation, said": the party before the apposition;
      // "The government's chief negotiator, Redwan Hussien, said": the person it names.
      // ("…, has claimed": past auxiliaries.)
      var close = i - 1
      while close > floor, Self.auxiliaries.contains(tokens[close].norm) { close -= 1 }
      if close > 0, tokens[close].norm == ",",
        let open = tokens[floor..<close].lastIndex(where: { $0.norm == "," })
      {
        if let m = actors.first(where: { $0.tokens == (open + 1)..<close && $0.kind == .person }) {
          return m
        }
        // "Cynthia Thompson, curator and director of exhibits at the University of Arkansas,
        // Fayetteville, said": the person who opens the sentence, however long the apposition.
        if let m = actors.first(where: { $0.tokens.lowerBound >= floor }), m.kind == .person,
          m.tokens.lowerBound <= floor + 1, m.tokens.upperBound < close,
          tokens[m.tokens.upperBound].norm == ","
        {
          return m
        }
        // "…, director of exhibits at the University of Arkansas, Fayetteville, said": the
        // university is where she works, not the subject.
        if let m = actors.last(where: { $0.tokens.upperBound == open }), !isObject(m, tokens) {
          return m
        }
        if open + 1 < close, Self.appositionOpeners.contains(tokens[open + 1].norm) { return nil }
        // "Valeska Paris, an Australian woman and former Scientologist, has claimed": a party
        // inside a description of the subject is not the subject.
        if open + 1 < close, ["a", "an"].contains(tokens[open + 1].norm) { return nil }
      }
      for m in actors.reversed() where m.tokens.upperBound <= i && m.tokens.lowerBound >= floor {
        if i - m.tokens.upperBound > 12 { return nil }
        // "Ukraine's allies urged", "the Hamas-run ministry says": the party is not who speaks.
        if Self.isCounterpart(m.tokens, tokens) || Self.modifiesByHyphen(m.tokens, tokens) {
          return nil
        }
        if m.tokens.upperBound < tokens.count, tokens[m.tokens.upperBound].norm == "'s" {
          // "Thailand's prime minister said": the state speaks through an unnamed official.
          let between = tokens[(m.tokens.upperBound + 1)..<i]
          if between.count <= 4, between.allSatisfy({ $0.isWord }),
            !actors.contains(where: {
              $0.tokens.lowerBound > m.tokens.upperBound && $0.tokens.upperBound <= i
            })
          {
            return m
          }
          continue
        }
        // "He met Devocht, who had told him …": the relative clause's subject speaks, even as the
        // object of a preposition.
        if Self.opensRelative(after: m.tokens, before: i, tokens) { return m }
        if isObject(m, tokens) { continue }
        // A clause break between the party and the cue.
        if tokens[m.tokens.upperBound..<i].contains(where: { [";", ":"].contains($0.norm) }) {
          return nil
        }
        return m
      }
      return nil
    }
  }

  /// Participles between a document and the party that issued it ("figures released by …").
  static let issuedParticiples: WordSet = [
    "released", "issued", "published", "put", "sent", "posted", "compiled", "prepared",
  ]

  /// "according to a statement from Microsoft", "according to figures released by the
  /// ministry": where the party that issued the document after the cue begins (past "from",
  /// "by" or "of"), so the party speaks, not its document.
  func documentOwner(after end: Int, _ tokens: [Token]) -> Int? {
    var k = end
    if k < tokens.count, Self.descriptionOpeners.contains(tokens[k].norm) { k += 1 }
    let start = k
    while k < tokens.count, k - start < 3, tokens[k].isWord,
      !Self.documentHeads.contains(tokens[k].norm), !Self.speechNouns.contains(tokens[k].norm),
      !Self.prepositions.contains(tokens[k].norm)
    {
      k += 1
    }
    guard k < tokens.count,
      Self.documentHeads.contains(tokens[k].norm) || Self.speechNouns.contains(tokens[k].norm)
    else { return nil }
    k += 1
    if k < tokens.count, Self.issuedParticiples.contains(tokens[k].norm) { k += 1 }
    guard k + 1 < tokens.count, ["from", "by", "of"].contains(tokens[k].norm) else { return nil }
    return k + 1
  }

  /// Where the agent of a passive cue begins, after its "by": "it is asserted by the Crown
  /// that …", "was first reported by Reuters", "were confirmed by police".
  func passiveAgent(at i: Int, end: Int, _ tokens: [Token]) -> Int? {
    guard i > 0, end + 1 < tokens.count, tokens[end].norm == "by" else { return nil }
    var k = i - 1
    while k > 0,
      tokens[k].norm.hasSuffix("ly") || ["also", "first", "later"].contains(tokens[k].norm)
    {
      k -= 1
    }
    return Self.passive.contains(tokens[k].norm) ? end + 1 : nil
  }

  /// "He did not give a number, saying only that …": a participle after a comma reports for the
  /// pronoun that opens the sentence as its subject.
  func participleSubject(at i: Int, _ tokens: [Token], _ context: SpeakerContext)
    -> PartyMention?
  {
    guard i > 2, tokens[i].norm.hasSuffix("ing"), tokens[i - 1].norm == ",",
      ["he", "she", "it", "they"].contains(tokens[0].norm),
      !tokens[1..<i].contains(where: { [";", ":"].contains($0.norm) })
    else { return nil }
    return pronoun(before: 1, tokens, context)
  }
}
