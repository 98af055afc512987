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
  /// The article's main state: the owner of institutions named without a state ("the Foreign
  /// Ministry", "the Constitutional Council").
  var defaultState: String? = nil

  /// Words before a capital that make it a location rather than an actor.
  static let locatives: WordSet = [
    "in", "at", "near", "outside", "inside", "to", "into", "across", "around", "toward", "towards",
    "via", "through", "within", "over", "visit", "visited", "visiting",
  ]
  /// Words before a demonym that make it a language ("conducted in Russian").
  static let languageLead: WordSet = [
    "in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "fluent", "translated",
  ]
  /// Words that open a sentence or phrase and so are capitalised without being a name.
  static let openers: WordSet = [
    "the", "a", "an", "this", "that", "these", "those", "however", "but", "and", "on", "in", "at",
    "after", "before", "when", "while", "as", "earlier", "later", "meanwhile", "its", "his", "her",
    "their", "our", "both", "all", "some", "many", "if", "for", "with", "from", "by", "during",
    "since", "until", "according", "last", "next", "on",
  ]

  /// The gazetteer phrases that match at each token of the sentence being read (see
  /// `knownPhrases(in:)`): each helper reads this table instead of looking them up again.
  private(set) var known: [[Phrase]] = []

  /// The gazetteer phrases that match at each token: the table `recognize` reads. An article's
  /// two readings of a sentence can share one table.
  func knownPhrases(in tokens: [Token]) -> [[Phrase]] {
    tokens.indices.map { gazetteer.index.matches(tokens, at: $0) }
  }

  /// The parties and places of a sentence; `known` is `knownPhrases(in: tokens)` when the
  /// caller has it already.
  func recognize(
    _ tokens: [Token], in sentence: String, index: Int, book: inout PartyBook,
    known: [[Phrase]]? = nil
  ) -> SentenceParties {
    var reader = self
    reader.known = known ?? knownPhrases(in: tokens)
    return reader.read(tokens, in: sentence, index: index, book: &book)
  }

  private func read(_ tokens: [Token], in sentence: String, index: Int, book: inout PartyBook)
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

    // A dateline ("BRUSSELS —", "ADDIS ABABA, Nov 3 —") names where the story was filed.
    if index == 0 { i = Dateline.length(tokens) }

    /// A person the article introduces; later mentions of the surname find them.
    func notePerson(_ r: Range<Int>, role: String?, parent: String?) {
      let name = surface(r)
      let entry = Gazetteer.Entry(id: Slug.make(name), name: name, kind: .person, aliases: [])
      note(entry, r, parent: parent, role: role)
      book.define(entry)
      let last = r.upperBound - 1
      book.local.add(
        Phrase(String(tokens[last].text), meaning: .name(entry.id), caseSensitive: true))
      // "Mlambo-Ngcuka", "al-Burhan", "Diomaye Faye": the surname as written.
      if let firstGap = (r.lowerBound + 1..<r.upperBound).first(where: { tokens[$0].isWord }),
        firstGap < last
      {
        book.local.add(
          Phrase(surface(firstGap..<r.upperBound), meaning: .name(entry.id), caseSensitive: true))
      }
    }

    while i < tokens.count {
      guard tokens[i].isWord else {
        i += 1
        continue
      }
      let local = book.local.matches(tokens, at: i)
      let candidates = local.isEmpty ? known[i] : local + known[i]
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
        // "Foreign Ministry spokeswoman …": a capitalised body with no state is the main state's.
        let end = i + bodyPhrase.tokens.count
        if let state = stateOfPerson(after: end, tokens) ?? defaultState,
          bodyPhrase.tokens.count >= 2, best == bodyPhrase,
          tokens[i..<end].allSatisfy({ !$0.isWord || $0.isCapitalized })
        {
          note(gazetteer.bodyEntry(state: state, body: b), i..<end)
          i = end
          continue
        }
      }

      guard let phrase = best else {
        if let end = venue(at: i, tokens) {
          found.places.append(PlaceMention(name: surface(i..<end), tokens: i..<end, locative: true))
          i = end
        } else if let end = unknownOrganization(at: i, tokens, book: book) {
          var name = surface(i..<end)
          var parent: String? = nil
          if let state = defaultState, Self.nationalHeads.contains(tokens[end - 1].norm),
            let prefix = gazetteer.states[state]?.prefix
          {
            name = "\(prefix) \(name)"
            parent = state
          }
          let entry = Gazetteer.Entry(
            id: Slug.make(name), name: name, kind: .organization, parent: parent, aliases: [])
          note(entry, i..<end)
          book.define(entry)
          book.local.add(Phrase(surface(i..<end), meaning: .name(entry.id), caseSensitive: true))
          i = end
        } else if let person = personName(at: i, tokens, book: book),
          introducesPerson(i, person.end, tokens)
        {
          notePerson(i..<person.end, role: nil, parent: nil)
          i = person.end
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
        // "officials in Ankara", "In Kyiv, officials welcomed …": the state's people speak.
        let officialsIn =
          (i >= 2 && Self.officials.contains(tokens[i - 2].norm))
          || (i == 1 && j + 1 < tokens.count && tokens[j].norm == ","
            && Self.officials.contains(tokens[j + 1].norm))
        if case .capital = phrase.meaning, i > 0, Self.locatives.contains(tokens[i - 1].norm),
          !officialsIn
        {
          found.places.append(PlaceMention(name: surface(i..<j), tokens: i..<j, locative: true))
          i = j
          continue
        }
        if isDemonym, isLanguage(at: i, end: j, tokens) {
          i = j
          continue
        }
        // "the Belarusian border": the state is the place.
        if isDemonym, j < tokens.count, tokens[j].norm == "border", let e = gazetteer.entry(id) {
          found.places.append(PlaceMention(name: e.name, tokens: i..<j, locative: true))
        }
        var k = j
        if k < tokens.count, tokens[k].norm == "'s" { k += 1 }
        let possessive = k == j + 1
        let afterPossessive = k
        // "<state> <body>": "Russian Foreign Ministry", "Russia's defence ministry", also with
        // an adjective between ("Ethiopian federal forces").
        if k + 1 < tokens.count, Self.bodyAdjectives.contains(tokens[k].norm),
          !known[k + 1].isEmpty
        {
          k += 1
        }
        if k < tokens.count,
          let body = known[k].first(where: {
            if case .body = $0.meaning { return true } else { return false }
          }), case .body(let b) = body.meaning
        {
          let end = k + body.tokens.count
          note(gazetteer.bodyEntry(state: id, body: b), i..<end)
          note(gazetteer.entry(id)!, i..<j, embedded: true)
          i = end
          continue
        }
        k = afterPossessive
        // "<demonym> <known organisation>": "Russian State Duma".
        if isDemonym, k == j, k < tokens.count,
          let org = Self.best(known[k]),
          case .name(let orgID) = org.meaning, let entry = gazetteer.entry(orgID),
          entry.kind != .state,
          entry.kind != .person
        {
          note(gazetteer.entry(id)!, i..<j, embedded: true)
          note(entry, k..<(k + org.tokens.count))
          i = k + org.tokens.count
          continue
        }
        // "<demonym> <Capitalised words> <head word>": an organisation no list holds; so is
        // a state's name, written out, right before two or more such words ("United States
        // Geological Survey", but "U.S." stays a modifier of "Republican Party").
        // A dot is looked for by `memchr` in an ASCII word (Foundation's search took about
        // 4,000 instructions a word).
        let writtenOut = !tokens[i..<j].contains {
          $0.isAllCaps
            || ($0.norm.isPlainASCII ? $0.norm.utf8Contains(0x2E) : $0.norm.contains("."))
        }
        if (isDemonym && !possessive) || (possessive && !isDemonym)
          || (!possessive && k == j && writtenOut),
          k < tokens.count,
          let end = unknownOrganization(
            at: k, tokens, book: book, allowBare: isDemonym || possessive)
        {
          let rest = surface(k..<end)
          let lead =
            possessive ? (gazetteer.states[id]?.prefix ?? surface(i..<j)) : surface(i..<j)
          let name = "\(lead) \(rest)"
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
        // "arrived in Haiti", "the attack on southern Israel": the state is also the place.
        if case .name = phrase.meaning, isStatePlace(at: i, tokens) {
          found.places.append(PlaceMention(name: surface(i..<j), tokens: i..<j, locative: true))
        }
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
        // An editor's alias such as "Kremlin spokesman" still names the Kremlin.
        if entry.kind == .person {
          for k in i..<j where tokens[k].isWord {
            let others = known[k].compactMap {
              p -> (Gazetteer.Entry, Int)? in
              guard case .name(let otherID) = p.meaning, otherID != id, k + p.tokens.count <= j,
                let e = gazetteer.entry(otherID), e.kind != .person
              else { return nil }
              return (e, p.tokens.count)
            }
            if let (e, n) = others.max(by: { $0.1 < $1.1 }) {
              note(e, k..<(k + n), embedded: true)
            }
          }
        }
        // "<organisation> <head>": "African Union Commission".
        if entry.kind == .organization, j < tokens.count, tokens[j].isCapitalized,
          gazetteer.orgHeads.contains(tokens[j].norm),
          known[j].isEmpty
        {
          let name = surface(i..<(j + 1))
          let sub = Gazetteer.Entry(
            id: Slug.make(name), name: name, kind: .organization, parent: id, aliases: [])
          found.mentions.removeLast()
          note(sub, i..<(j + 1))
          note(entry, i..<j, embedded: true)
          book.define(sub)
          book.local.add(Phrase(name, meaning: .name(sub.id), caseSensitive: true))
          i = j + 1
          continue
        }
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
        if k < tokens.count, tokens[k].norm == ",", k + 1 < tokens.count { k += 1 }
        if let person = personName(at: k, tokens, book: book) {
          notePerson(
            k..<person.end, role: title, parent: affiliation(endingAt: i, found.mentions, tokens))
          i = person.end
        } else {
          lastTitle = (j, title, i)
          i = j
        }
      case .body(let b):
        // "The army said …", "the military has …": the main state's armed forces speak.
        if let state = defaultState, Self.speaksNext(after: j, tokens), i > 0,
          tokens[i - 1].norm == "the", ["army", "military"].contains(tokens[i].norm)
        {
          note(gazetteer.bodyEntry(state: state, body: b), i..<j)
        }
        i = j
      case .stateNoun:
        // "The government said …": the main state speaks.
        if let state = defaultState, let e = gazetteer.entry(state),
          Self.speaksNext(after: j, tokens),
          i > 0, tokens[i - 1].norm == "the", tokens[i].norm == "government"
        {
          note(e, i..<j)
        }
        i = j
      }
    }
    return found
  }
}
