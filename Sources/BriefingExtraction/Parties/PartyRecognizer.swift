import BriefingModels

/// Finds the parties and places of a sentence.
///
/// Known names come from the gazetteer (longest match first, one dictionary look-up per token);
/// on top of them, rules build what no list can hold: a state's bodies ("the Ministry of Defense
/// of the Russian Federation", "Russia's defence ministry"), unknown organisations with a head word
/// ("the Ukrainian Coordination Headquarters"), and people named after a title ("spokesperson
/// Dmitry Peskov"), whose affiliation is the party named just before the title. Demonyms and
/// capitals stand for their state unless they name a language ("in Russian") or a location
/// ("talks in Moscow").
struct PartyRecognizer: Sendable {
  let gazetteer: Gazetteer

  /// Words before a capital that make it a location rather than an actor.
  static let locatives: Set<String> = [
    "in", "at", "near", "outside", "inside", "to", "into", "across", "around", "toward", "towards",
    "via", "through", "within", "over", "visit", "visited", "visiting",
  ]
  /// Words before a demonym that make it a language ("conducted in Russian").
  static let languageLead: Set<String> = [
    "in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "fluent", "translated",
  ]
  /// Words that open a sentence or phrase and so are capitalised without being a name.
  static let openers: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "however", "but", "and", "on", "in", "at",
    "after", "before", "when", "while", "as", "earlier", "later", "meanwhile", "its", "his", "her",
    "their", "our", "both", "all", "some", "many", "if", "for", "with", "from", "by", "during",
    "since", "until", "according", "last", "next", "on",
  ]

  func recognize(_ tokens: [Token], in sentence: String, index: Int, book: inout PartyBook)
    -> SentenceParties
  {
    var found = SentenceParties()
    var i = 0
    /// Where the last title ended, and what it was: a person right after it takes the title.
    var lastTitle: (end: Int, title: String, start: Int)? = nil

    func surface(_ r: Range<Int>) -> String {
      String(
        sentence[tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound])
    }
    func note(
      _ entry: Gazetteer.Entry, _ r: Range<Int>, embedded: Bool = false, parent: String? = nil,
      role: String? = nil
    ) {
      let text = surface(r)
      book.record(entry, sentence: index, text: text, parentFromText: parent, role: role)
      found.mentions.append(
        PartyMention(id: entry.id, tokens: r, text: text, embedded: embedded, kind: entry.kind))
    }

    while i < tokens.count {
      guard tokens[i].isWord else {
        i += 1
        continue
      }
      let candidates = book.local.matches(tokens, at: i) + gazetteer.index.matches(tokens, at: i)
      let best = Self.best(candidates)

      // "<body> of [the] <state>": "the Ministry of Defense of the Russian Federation".
      if let bodyPhrase = candidates.first(where: {
        if case .body = $0.meaning { return true } else { return false }
      }),
        case .body(let b) = bodyPhrase.meaning
      {
        var k = i + bodyPhrase.tokens.count
        if k < tokens.count, tokens[k].norm == "of" {
          k += 1
          if k < tokens.count, tokens[k].norm == "the" { k += 1 }
          if k < tokens.count, let (state, len) = stateName(at: k, tokens),
            len + k - i > (best?.tokens.count ?? 0)
          {
            note(gazetteer.bodyEntry(state: state, body: b), i..<(k + len))
            note(gazetteer.entry(state)!, k..<(k + len), embedded: true)
            i = k + len
            continue
          }
        }
      }

      guard let phrase = best else {
        if let end = unknownOrganization(at: i, tokens, book: book) {
          let name = surface(i..<end)
          let entry = Gazetteer.Entry(
            id: Slug.make(name), name: name, kind: .organization, aliases: [])
          note(entry, i..<end)
          book.define(entry)
          book.local.add(Phrase(name, meaning: .name(entry.id), caseSensitive: true))
          i = end
        } else {
          i += 1
        }
        continue
      }
      let j = i + phrase.tokens.count

      switch phrase.meaning {
      case .name(let id) where gazetteer.entry(id)?.kind == .state,
        .demonym(let id), .capital(let id):
        let isDemonym: Bool
        if case .demonym = phrase.meaning { isDemonym = true } else { isDemonym = false }
        if case .capital = phrase.meaning, i > 0, Self.locatives.contains(tokens[i - 1].norm) {
          found.places.append(PlaceMention(name: surface(i..<j), tokens: i..<j, locative: true))
          i = j
          continue
        }
        if isDemonym, isLanguage(at: i, end: j, tokens) {
          i = j
          continue
        }
        var k = j
        if k < tokens.count, tokens[k].norm == "'s" { k += 1 }
        // "<state> <body>": "Russian Foreign Ministry", "Russia's defence ministry".
        if k < tokens.count,
          let body = gazetteer.index.matches(tokens, at: k).first(where: {
            if case .body = $0.meaning { return true } else { return false }
          }), case .body(let b) = body.meaning
        {
          let end = k + body.tokens.count
          note(gazetteer.bodyEntry(state: id, body: b), i..<end)
          note(gazetteer.entry(id)!, i..<j, embedded: true)
          i = end
          continue
        }
        // "<demonym> <known organisation>": "Russian State Duma".
        if isDemonym, k == j, k < tokens.count,
          let org = Self.best(gazetteer.index.matches(tokens, at: k)),
          case .name(let orgID) = org.meaning, let entry = gazetteer.entry(orgID),
          entry.kind != .state,
          entry.kind != .person
        {
          note(gazetteer.entry(id)!, i..<j, embedded: true)
          note(entry, k..<(k + org.tokens.count))
          i = k + org.tokens.count
          continue
        }
        // "<demonym> <Capitalised words> <head word>": an organisation no list holds.
        if isDemonym, k == j,
          let end = unknownOrganization(at: k, tokens, book: book, allowBare: true)
        {
          let rest = surface(k..<end)
          let name = "\(surface(i..<j)) \(rest)"
          let entry = Gazetteer.Entry(
            id: Slug.make(name), name: name, kind: .organization, parent: id, aliases: [])
          note(entry, i..<end)
          note(gazetteer.entry(id)!, i..<j, embedded: true)
          book.define(entry)
          book.local.add(Phrase(rest, meaning: .name(entry.id), caseSensitive: true))
          i = end
          continue
        }
        note(gazetteer.entry(id)!, i..<j)
        i = j
      case .name(let id):
        guard let entry = book.entry(id) ?? gazetteer.entry(id) else {
          i = j
          continue
        }
        var parent: String? = nil
        var role: String? = nil
        if entry.kind == .person, let t = lastTitle, t.end == i {
          role = t.title
          parent = affiliation(endingAt: t.start, found.mentions, tokens)
        }
        note(entry, i..<j, parent: parent, role: role)
        i = j
      case .place(let name):
        let locative =
          i > 0
          && (Self.locatives.contains(tokens[i - 1].norm)
            || tokens[i - 1].norm == "the" && i > 1 && Self.locatives.contains(tokens[i - 2].norm))
        found.places.append(PlaceMention(name: name, tokens: i..<j, locative: locative))
        i = j
      case .title(let title):
        // A person named after the title: "spokesperson John Smith".
        var k = j
        while k < tokens.count, k - j < 3, tokens[k].isWord, tokens[k].isCapitalized,
          !tokens[k].isAllCaps,
          gazetteer.index.matches(tokens, at: k).isEmpty, book.local.matches(tokens, at: k).isEmpty
        {
          k += 1
        }
        if k - j >= 2 {
          let name = surface(j..<k)
          let entry = Gazetteer.Entry(id: Slug.make(name), name: name, kind: .person, aliases: [])
          let parent = affiliation(endingAt: i, found.mentions, tokens)
          note(entry, j..<k, parent: parent, role: title)
          book.local.add(
            Phrase(String(tokens[k - 1].text), meaning: .name(entry.id), caseSensitive: true))
          book.define(entry)
          i = k
        } else {
          lastTitle = (j, title, i)
          i = j
        }
      case .body, .stateNoun:
        i = j
      }
    }
    return found
  }

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

  private static func rank(_ p: Phrase) -> Int {
    switch p.meaning {
    case .name: return 0
    case .demonym, .capital: return 1
    case .place: return 2
    case .title: return 3
    case .body, .stateNoun: return 4
    }
  }

  /// A state's name (not a demonym) at `k`: "Russian Federation", "Ukraine".
  private func stateName(at k: Int, _ tokens: [Token]) -> (String, Int)? {
    for p in gazetteer.index.matches(tokens, at: k) {
      if case .name(let id) = p.meaning, gazetteer.entry(id)?.kind == .state {
        return (id, p.tokens.count)
      }
    }
    return nil
  }

  /// "conducted in Russian", "Russian-speaking", "the Russian language".
  private func isLanguage(at i: Int, end j: Int, _ tokens: [Token]) -> Bool {
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
  private func affiliation(endingAt t: Int, _ mentions: [PartyMention], _ tokens: [Token])
    -> String?
  {
    var end = t
    if end > 0, tokens[end - 1].norm == "'s" { end -= 1 }
    return mentions.last(where: { $0.tokens.upperBound == end && !$0.embedded })?.id
  }

  /// The end of an organisation name starting at `i`: capitalised words (joined by "of", "for",
  /// "and") whose last word is an organisation head ("Coordination Headquarters"). Without
  /// `allowBare` the name needs two words and must not open with a sentence opener.
  private func unknownOrganization(
    at i: Int, _ tokens: [Token], book: PartyBook, allowBare: Bool = false
  ) -> Int? {
    guard tokens[i].isWord, tokens[i].isCapitalized, !Self.openers.contains(tokens[i].norm) else {
      return nil
    }
    var k = i
    var lastHead: Int? = nil
    while k < tokens.count, k - i < 6 {
      let t = tokens[k]
      if t.isWord, t.isCapitalized {
        if k > i,
          !gazetteer.index.matches(tokens, at: k).filter({
            if case .name = $0.meaning { return true }
            if case .demonym = $0.meaning { return true }
            return false
          }).isEmpty
        {
          break
        }
        if gazetteer.orgHeads.contains(t.norm) { lastHead = k + 1 }
        k += 1
        continue
      }
      break
    }
    guard let end = lastHead, end - i >= (allowBare ? 1 : 2) else { return nil }
    // A body every state has, named without its state ("the Defence Ministry"): not new.
    if let p = gazetteer.index.matches(tokens, at: i).first, case .body = p.meaning,
      p.tokens.count == end - i
    {
      return nil
    }
    return end
  }
}

extension PartyBook {
  /// An entry the article itself defined (a new person or organisation), for later look-ups.
  func entry(_ id: String) -> Gazetteer.Entry? { localEntries[id] }

  mutating func define(_ entry: Gazetteer.Entry) { localEntries[entry.id] = entry }
}
