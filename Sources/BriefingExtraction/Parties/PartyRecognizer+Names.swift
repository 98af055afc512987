import BriefingModels

/// The rules behind `PartyRecognizer`: ranking candidates, languages, affiliations, and the
/// shapes of organisation and person names that no list holds.
extension PartyRecognizer {
  /// The longest candidate; among equals, a name before a demonym, capital or common word.
  static func best(_ candidates: [Phrase]) -> Phrase? {
    var best: Phrase? = nil
    for c in candidates {
      guard let b = best else {
        best = c
        continue
      }
      if c.tokens.count > b.tokens.count || (c.tokens.count == b.tokens.count && rank(c) < rank(b))
      {
        best = c
      }
    }
    return best
  }

  static func rank(_ p: Phrase) -> Int {
    switch p.meaning {
    case .name: return 0
    case .demonym, .capital: return 1
    case .place: return 2
    case .title: return 3
    case .body, .stateNoun: return 4
    }
  }

  /// A state's name (not a demonym) at `k`: "Russian Federation", "Ukraine".
  func stateName(at k: Int, _ tokens: [Token]) -> (String, Int)? {
    for p in known[k] {
      if case .name(let id) = p.meaning, gazetteer.entry(id)?.kind == .state {
        return (id, p.tokens.count)
      }
    }
    return nil
  }

  /// "conducted in Russian", "Russian-speaking", "the Russian language".
  func isLanguage(at i: Int, end j: Int, _ tokens: [Token]) -> Bool {
    if j < tokens.count {
      let next = tokens[j].norm
      if next == "language" || next == "speakers" || next == "speaker" { return true }
      if next == "-", j + 1 < tokens.count, ["speaking", "language"].contains(tokens[j + 1].norm) {
        return true
      }
    }
    guard i > 0, Self.languageLead.contains(tokens[i - 1].norm) else { return false }
    guard j < tokens.count, tokens[j].isWord else { return true }
    return ["and", "or", "but", "with", "as", "while", "than", "instead"].contains(tokens[j].norm)
  }

  /// The party named right before a title: "Russian Foreign Ministry" in "Russian Foreign
  /// Ministry spokesperson Dmitry Peskov" (also across a possessive "'s").
  func affiliation(endingAt t: Int, _ mentions: [PartyMention], _ tokens: [Token])
    -> String?
  {
    var end = t
    if end > 0, tokens[end - 1].norm == "'s" { end -= 1 }
    return mentions.last(where: { $0.tokens.upperBound == end && !$0.embedded })?.id
  }

  /// The end of an organisation name starting at `i`: capitalised words (joined by "of", "for",
  /// "and") whose last word is an organisation head ("Coordination Headquarters"). Without
  /// `allowBare` the name needs two words and must not open with a sentence opener.
  func unknownOrganization(
    at i: Int, _ tokens: [Token], book: PartyBook, allowBare: Bool = false
  ) -> Int? {
    guard tokens[i].isWord, tokens[i].isCapitalized, !Self.openers.contains(tokens[i].norm) else {
      return nil
    }
    var k = i
    var lastHead: Int? = nil
    var afterOf = false
    while k < tokens.count, k - i < 6 {
      let t = tokens[k]
      // "Institute of Technology": "of" right after a head joins the capitalised words after it.
      if t.norm == "of", !afterOf, lastHead == k, k + 1 < tokens.count, tokens[k + 1].isWord,
        tokens[k + 1].isCapitalized, !Self.openers.contains(tokens[k + 1].norm),
        known[k + 1].isEmpty
      {
        afterOf = true
        k += 1
        continue
      }
      if t.norm == "'s", k > i, k + 1 < tokens.count, tokens[k + 1].isCapitalized {
        k += 1
        continue
      }
      if t.isWord, t.isCapitalized {
        if k > i,
          !known[k].filter({
            if case .name = $0.meaning { return true }
            if case .demonym = $0.meaning { return true }
            return false
          }).isEmpty
        {
          break
        }
        if gazetteer.orgHeads.contains(t.norm) || afterOf { lastHead = k + 1 }
        k += 1
        continue
      }
      break
    }
    guard let end = lastHead, end - i >= (allowBare ? 1 : 2) else { return nil }
    // A body every state has, named without its state ("the Defence Ministry"): not new.
    if let p = known[i].first, case .body = p.meaning,
      p.tokens.count == end - i
    {
      return nil
    }
    return end
  }
}

extension PartyRecognizer {
  /// Heads of a state's own institutions: without a state named, they belong to the article's
  /// main state ("the Constitutional Council" in a story about Senegal).
  static let nationalHeads: WordSet = [
    "council", "court", "ministry", "parliament", "assembly", "tribunal", "police", "senate",
    "cabinet", "government", "prosecutor", "commission",
  ]
  /// Head words of named venues ("the Ciragan Palace", "Boryspil Airport").
  static let venueHeads: WordSet = [
    "palace", "hotel", "airport", "square", "hall", "stadium", "cathedral", "airbase", "port",
    "crossing", "bridge", "camp", "station", "residence", "resort", "castle", "villa",
  ]
  /// Words before a state that make it a location ("in Haiti", "on southern Israel").
  static let stateLocatives: WordSet = ["in", "into", "inside", "across", "throughout", "near"]
  static let directions: WordSet = [
    "southern", "northern", "eastern", "western", "central", "south", "north", "east", "west",
  ]

  /// Whether a state named at `i` stands as a location.
  func isStatePlace(at i: Int, _ tokens: [Token]) -> Bool {
    guard i > 0 else { return false }
    var k = i - 1
    if Self.directions.contains(tokens[k].norm), k > 0 { k -= 1 }
    if tokens[k].norm == "the", k > 0 { k -= 1 }
    return Self.stateLocatives.contains(tokens[k].norm)
      || (tokens[k].norm == "on" && Self.directions.contains(tokens[i - 1].norm))
  }

  /// The end of a venue's name starting at `i`: up to four capitalised words ending in a venue
  /// head ("Ciragan Palace", "Çırağan Palace").
  func venue(at i: Int, _ tokens: [Token]) -> Int? {
    guard tokens[i].isCapitalized, !Self.openers.contains(tokens[i].norm) else { return nil }
    var k = i
    while k < tokens.count, k - i < 4, tokens[k].isWord, tokens[k].isCapitalized {
      if Self.venueHeads.contains(tokens[k].norm) { return k > i ? k + 1 : nil }
      k += 1
    }
    return nil
  }

  /// Whether a reporting verb (or an apposition before one) follows at `j`.
  static func speaksNext(after j: Int, _ tokens: [Token]) -> Bool {
    var k = j
    while k < tokens.count, ["has", "have", "had", "also"].contains(tokens[k].norm) { k += 1 }
    guard k < tokens.count else { return false }
    return tokens[k].norm == "," || ReportingCues.verbIndex[tokens[k].norm] != nil
  }

  /// People who speak for a state when placed in its capital ("officials in Ankara").
  static let officials: WordSet = [
    "officials", "sources", "diplomats", "authorities", "leaders", "observers", "analysts",
  ]
  /// Adjectives allowed between a demonym and a body ("Ethiopian federal forces").
  static let bodyAdjectives: WordSet = [
    "federal", "national", "government", "regular", "state", "central", "regional",
  ]
  /// Lower-case particles inside a name ("Abdel Fattah al-Burhan", "Ursula von der Leyen").
  static let particles: WordSet = [
    "al", "el", "bin", "ibn", "abu", "van", "von", "der", "de", "da", "di", "du", "la", "le", "dos",
    "das", "ben",
  ]
  static let calendarWords: WordSet = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
  ]

  /// The end of a person's name starting at `i`: two to five capitalised words, with particles and
  /// hyphens ("Phumzile Mlambo-Ngcuka", "Abdel Fattah al-Burhan"), none of them a known name, an
  /// organisation head, a calendar word or the pronoun "I" ("And I think" is nobody). `words`
  /// is how many capitalised words it holds.
  func personName(at i: Int, _ tokens: [Token], book: PartyBook) -> (end: Int, words: Int)? {
    var k = i
    var words = 0
    var end = i
    while k < tokens.count, k - i < 8 {
      // Pure tests, cheapest first (the table look-up before the set look-ups); the token is
      // read in place, not copied (a copy retains its two strings).
      if tokens[k].isWord, tokens[k].isCapitalized,
        !tokens[k].isAllCaps || tokens[k].text.count <= 2, known[k].isEmpty,
        !gazetteer.orgHeadWords.contains(tokens[k].norm),
        !Self.calendarWords.contains(tokens[k].norm),
        k == i || !Self.openers.contains(tokens[k].norm), tokens[k].norm != "i",
        !book.local.hasMatch(tokens, at: k)
      {
        words += 1
        k += 1
        end = k
        continue
      }
      // A hyphen joining two parts of a name: "Mlambo-Ngcuka", "al-Burhan".
      if tokens[k].norm == "-", k > i, k + 1 < tokens.count, tokens[k + 1].isCapitalized,
        tokens[k - 1].range.upperBound == tokens[k].range.lowerBound
      {
        k += 1
        continue
      }
      if tokens[k].isWord, !tokens[k].isCapitalized, Self.particles.contains(tokens[k].norm),
        words > 0,
        k + 1 < tokens.count,
        tokens[k + 1].isCapitalized || tokens[k + 1].norm == "-"
      {
        k += 1
        continue
      }
      break
    }
    guard words >= 2, words <= 5 else { return nil }
    return (end, words)
  }

  /// The state of a known person named after a title at `k` ("Foreign Ministry spokeswoman
  /// Maria Zakharova" → Russia), so a body named without its state finds it.
  func stateOfPerson(after k: Int, _ tokens: [Token]) -> String? {
    var k = k
    while k < tokens.count,
      let title = known[k].first(where: {
        if case .title = $0.meaning { return true } else { return false }
      })
    {
      k += title.tokens.count
    }
    guard k < tokens.count, let p = Self.best(known[k]),
      case .name(let id) = p.meaning, gazetteer.entry(id)?.kind == .person
    else { return nil }
    return gazetteer.state(of: id)
  }

  /// Whether a capitalised run at `i..<end` is introduced as a person: followed by a reporting
  /// verb ("Getachew Reda said") or an apposition ("Faye, an opposition candidate"), or after a
  /// title and a comma ("chief negotiator, Redwan Hussien"); never after "the".
  func introducesPerson(_ i: Int, _ end: Int, _ tokens: [Token]) -> Bool {
    // "The Deseret News observed", "the Straits Times noted": a name after "the" is no person's.
    if tokens[i].norm == "the" || (i > 0 && tokens[i - 1].norm == "the") { return false }
    if end < tokens.count, ReportingCues.verbIndex[tokens[end].norm] != nil { return true }
    if end + 1 < tokens.count, tokens[end].norm == ",",
      ["who", "a", "an", "the", "whose"].contains(tokens[end + 1].norm)
    {
      return true
    }
    if i >= 2, tokens[i - 1].norm == ",",
      known[i - 2].contains(where: {
        if case .title = $0.meaning { return true } else { return false }
      }) || (i >= 3 && tokens[i - 2].norm.hasSuffix("negotiator"))
    {
      return true
    }
    return false
  }
}

extension PartyBook {
  /// An entry the article itself defined (a new person or organisation), for later look-ups.
  func entry(_ id: String) -> Gazetteer.Entry? { localEntries[id] }

  mutating func define(_ entry: Gazetteer.Entry) { localEntries[entry.id] = entry }
}
