import BriefingModels

/// Turns the name tagger's spans into parties and places, after the gazetteer and the rules have
/// read the sentence: a span that overlaps anything they found is theirs, the rest become new
/// people and organisations (ids by `Slug`) or places.
///
/// Within an article a later surname alone ("Jobs") is the earlier full name (a local phrase,
/// as the rules' people have), so is a first name alone that the tagger calls a person
/// ("Steve"), and an organisation named with a corporate suffix ("Apple Inc.") is the same party as
/// its bare name ("Apple"), before or after.
enum TaggedNames {
  /// Corporate suffixes dropped to find the bare name of a company.
  static let corporateSuffixes: WordSet = [
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "limited",
    "incorporated", "lp", "llp", "group", "holdings",
  ]

  /// `lowerWords`: the article's words written in lower case (`NameFeatures.lowerWords`);
  /// `codes`: the sentence's `GazetteerCodes`.
  static func add(
    _ tags: [Int], _ tokens: [Token], in sentence: String, index: Int, codes: [UInt8],
    lowerWords: Set<UInt64>, found: inout SentenceParties, book: inout PartyBook
  ) {
    func surface(_ r: Range<Int>) -> String {
      String(
        sentence[tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound])
    }
    // A dateline ("WASHINGTON, July 10 —") names where the story was filed, as the rules read it.
    let dateline = index == 0 ? Dateline.length(tokens) : 0
    for (tagged, taggedKind) in NameTag.spans(tags) where tagged.lowerBound >= dateline {
      var (range, kind) = (tagged, taggedKind)
      // A "person" or organisation whose last word is an organisation's head ("Motors" after
      // the title "General") is an organisation, with the capitalised words just before it.
      if kind != .place, let last = range.last, codes[last] & GazetteerCodes.head != 0 {
        kind = .organization
        var start = range.lowerBound
        while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized,
          !found.mentions.contains(where: { $0.tokens.contains(start - 1) })
        {
          start -= 1
        }
        range = start..<range.upperBound
      }
      // A name cut before its head ("General" of "General Motors reported") runs on to it.
      if kind != .place, range.upperBound < tokens.count {
        var end = range.upperBound
        while end < tokens.count, end - range.upperBound < 3, tokens[end].isWord,
          tokens[end].isCapitalized
        {
          end += 1
          if codes[end - 1] & GazetteerCodes.head != 0 {
            (range, kind) = (range.lowerBound..<end, .organization)
            break
          }
        }
      }
      // "The" and other openers are no part of a name (GUM leaves "the" out too).
      while !range.isEmpty, PartyRecognizer.openers.contains(tokens[range.lowerBound].norm) {
        range = (range.lowerBound + 1)..<range.upperBound
      }
      // A dash is no last word of a name ("Evansville, Indiana, United States - This past week":
      // a two-pass model reads the dateline's dash into the place).
      while let last = range.last, last > range.lowerBound, !tokens[last].isWord,
        ["-", "–", "—"].contains(tokens[last].norm)
      {
        range = range.lowerBound..<last
      }
      // "Third Geneva Convention", "Minsk Agreement": a treaty, law or event is no actor.
      if NameWorks.isWork(range, tokens) { continue }
      if kind == .organization, isCapitalOnly(range, tokens, codes) { kind = .place }
      // The head noun types the name ("Museum of Flight" is a place, "Washington State
      // University" an organisation); a person's span loses the titles it opens with.
      if let headKind = NameHeads.kind(of: range, tokens) { kind = headKind }
      if kind == .organization, NameHeads.kind(of: range, tokens) == .organization {
        range = throughOf(range, tokens, found)
      }
      if kind == .person {
        range = NameHeads.strippingTitles(range, tokens, codes)
        range = NameLexicon.builtIn.fromGivenName(range, tokens)
        range = throughHyphens(range, tokens)
        range = throughSurname(range, tokens, codes)
        // "Rick Santorum" where the rules found only the surname they know ("Santorum", "Obama"):
        // the person's mention is the whole name.
        if !range.isEmpty, widens(range, .person, &found, surface(range)) { continue }
      }
      // "BBC News", "British Red Cross": an organisation the rules know by part of its name.
      // (A span of openers or titles only is empty by now: no name, and no surface to read.)
      if kind == .organization, !range.isEmpty,
        widens(range, .organization, &found, surface(range))
      {
        continue
      }
      // "Washington D.C.", "Hong Kong Island", "New York City": a place the tagger names around
      // a state or place the rules found is the place; the state stays an embedded mention.
      if kind == .place { embedPlaces(in: range, &found) }
      // An organisation the tagger named in full around a state or place the rules found ("U.S.
      // Department of Agriculture", "New Zealand Herald") keeps its whole name (session 12: not
      // only one typed by its head); not across a possessive ("Saudi Arabia's Civil Defense").
      if kind == .organization,
        NameHeads.kind(of: range, tokens) == .organization
          || !range.contains(where: { tokens[$0].norm == "'s" || tokens[$0].norm == "'" })
      {
        embedPlaces(in: range, &found)
      }
      if !range.isEmpty { yieldToTagger(range, kind, surface(range), tokens, index, &found, &book) }
      guard !range.isEmpty,
        range.contains(where: { tokens[$0].isWord && tokens[$0].isCapitalized }),
        !found.mentions.contains(where: { !$0.embedded && $0.tokens.overlaps(range) }),
        !found.places.contains(where: { $0.tokens.overlaps(range) })
      else { continue }
      if isCommon(range, tokens, codes, lowerWords) { continue }
      if kind == .person, isCommonPhrase(range, tokens, lowerWords) { continue }
      if continuesOrganization(range, tokens, found) { continue }
      let name = surface(range)
      switch kind {
      case .place:
        let locative =
          range.lowerBound > 0
          && PartyRecognizer.locatives.contains(tokens[range.lowerBound - 1].norm)
        found.places.append(PlaceMention(name: name, tokens: range, locative: locative))
      case .person:
        let known = book.entry(Slug.make(name)) ?? firstNamed(range, tokens, book)
        // "the Bosphorus": one word after "the" that names nobody the article introduced is
        // no person (a person's surname alone, after a full name, the rules already found).
        if known == nil, range.count == 1, range.lowerBound > 0,
          tokens[range.lowerBound - 1].norm == "the"
        {
          continue
        }
        let entry = known ?? definePerson(range, tokens, name, &book)
        record(entry, range, name, index, &found, &book)
      case .organization:
        let entry = organization(range, tokens, name, surface, &book)
        record(entry, range, name, index, &found, &book)
      }
    }
    acronyms(tokens, index: index, &found, &book)
    lexiconSubject(tokens, index: index, from: dateline, surface, &found, &book)
    givenNames(
      tokens, index: index, from: dateline, codes: codes, lowerWords: lowerWords, surface, &found,
      &book)
    for place in found.places where place.tokens.count > 1 && !book.placeNames.contains(place.name)
    {
      book.placeNames.append(place.name)
    }
  }

  /// An organisation's span cut after its head ("Joint Council" of "Joint Council for the
  /// Welfare of Immigrants", "Comic Corps" of "Comic Corps of Canada") runs on over "of" or
  /// "for" (and "the") and the capitalised words after it, joined by "and"; not over a party
  /// the rules found other than a state.
  static func throughOf(_ range: Range<Int>, _ tokens: [Token], _ found: SentenceParties)
    -> Range<Int>
  {
    var end = range.upperBound
    while end < tokens.count, tokens[end].norm == "of" || tokens[end].norm == "for" {
      var k = end + 1
      if k < tokens.count, tokens[k].norm == "the" { k += 1 }
      var words = k
      while words < tokens.count, tokens[words].isWord, tokens[words].isCapitalized {
        words += 1
        if words + 1 < tokens.count, tokens[words].norm == "and" || tokens[words].norm == "&",
          tokens[words + 1].isCapitalized
        {
          words += 1
        }
      }
      guard words > k,
        !found.mentions.contains(where: {
          $0.kind != .state && $0.tokens.overlaps(end..<words)
        }),
        // "Colorado State University of the US": a state after "of the" is where it is.
        k == end + 1 || !found.mentions.contains(where: { $0.tokens == k..<words })
      else { break }
      end = words
    }
    return range.lowerBound..<end
  }

  /// A person's span cut at a hyphen ("Lee Cheuk" of "Lee Cheuk-yan", "Moon Jae" of
  /// "Moon Jae-in") runs on over the hyphenated words written without a space.
  static func throughHyphens(_ range: Range<Int>, _ tokens: [Token]) -> Range<Int> {
    var end = range.upperBound
    // "Lee Cheuk -" with the hyphen inside the span: the part after it belongs too.
    if end < tokens.count, end - 1 > range.lowerBound, tokens[end - 1].norm == "-",
      tokens[end].isWord, tokens[end - 1].range.upperBound == tokens[end].range.lowerBound
    {
      end += 1
    }
    while end + 1 < tokens.count, end > range.lowerBound, tokens[end].norm == "-",
      tokens[end + 1].isWord,
      tokens[end - 1].range.upperBound == tokens[end].range.lowerBound,
      tokens[end].range.upperBound == tokens[end + 1].range.lowerBound
    {
      end += 2
    }
    return range.lowerBound..<end
  }

  /// A person (organisation) span that holds exactly one mention the rules found, strictly
  /// inside it, of a person ending where the span ends ("Santorum" in "Rick Santorum"), or of
  /// an organisation ("BBC" in "BBC News"): that mention becomes the whole span. Returns
  /// whether it did.
  static func widens(
    _ range: Range<Int>, _ kind: Party.Kind, _ found: inout SentenceParties, _ text: String
  ) -> Bool {
    let inside = found.mentions.indices.filter {
      !found.mentions[$0].embedded && found.mentions[$0].tokens.overlaps(range)
    }
    guard inside.count == 1, !found.places.contains(where: { $0.tokens.overlaps(range) }) else {
      return false
    }
    let m = found.mentions[inside[0]]
    guard m.kind == kind, m.tokens != range, m.tokens.upperBound <= range.upperBound,
      m.tokens.lowerBound >= range.lowerBound,
      kind != .person || m.tokens.upperBound == range.upperBound
    else { return false }
    found.mentions[inside[0]].tokens = range
    found.mentions[inside[0]].text = text
    return true
  }

  /// "University of Copenhagen", "Washington State University": an organisation's name that
  /// holds a state or place the gazetteer knows. When every party and place the rules found in
  /// the span lies inside it and is a state or place, they become part of the organisation's
  /// name: the state stays a mention (embedded, as "Russian" in "Russian Foreign Ministry").
  static func embedPlaces(in range: Range<Int>, _ found: inout SentenceParties) {
    let inside = { (r: Range<Int>) in r.overlaps(range) }
    let within = { (r: Range<Int>) in
      r.lowerBound >= range.lowerBound && r.upperBound <= range.upperBound
    }
    let mentions = found.mentions.indices.filter { inside(found.mentions[$0].tokens) }
    let places = found.places.filter { inside($0.tokens) }
    guard !mentions.isEmpty || !places.isEmpty,
      mentions.allSatisfy({
        within(found.mentions[$0].tokens) && found.mentions[$0].kind == .state
          && found.mentions[$0].tokens != range
      }),
      places.allSatisfy({ within($0.tokens) && $0.tokens != range })
    else { return }
    for k in mentions { found.mentions[k].embedded = true }
    found.places.removeAll { inside($0.tokens) }
  }

  /// A span that only continues an organisation the rules named ("Treatment", "War" of
  /// "Coordination Headquarters for the Treatment of Prisoners of War"): capitalised words and
  /// "of", "for", "the" lead back from it to that organisation. It is no party of its own.
  static func continuesOrganization(
    _ range: Range<Int>, _ tokens: [Token], _ found: SentenceParties
  ) -> Bool {
    var k = range.lowerBound - 1
    var joined = false
    while k >= 0 {
      if let m = found.mentions.first(where: { $0.tokens.contains(k) }) {
        return joined && m.kind == .organization
      }
      let t = tokens[k]
      guard (t.isWord && t.isCapitalized) || ["of", "for", "the"].contains(t.norm) else {
        return false
      }
      if !t.isCapitalized { joined = true }
      k -= 1
    }
    return false
  }

  /// A span that is no name on its own: it ends in a lower-case word ("Tigrayan forces"; not a
  /// hyphenated part, "Lee Cheuk-yan"), is
  /// made only of titles and bodies the gazetteer knows ("Minister", "Defense"), or is one word
  /// the article also writes in lower case ("State" and "state").
  static func isCommon(
    _ range: Range<Int>, _ tokens: [Token], _ codes: [UInt8], _ lowerWords: Set<UInt64>
  ) -> Bool {
    guard var last = range.last(where: { tokens[$0].isWord }) else { return true }
    // "Lee Cheuk-yan": a part joined by a hyphen with no space is judged with the word before it.
    while last - 2 >= range.lowerBound, tokens[last - 1].norm == "-",
      tokens[last - 1].range.lowerBound == tokens[last - 2].range.upperBound,
      tokens[last - 1].range.upperBound == tokens[last].range.lowerBound
    {
      last -= 2
    }
    guard tokens[last].isCapitalized else { return true }
    // "I" is a pronoun, and a span of titles alone ("Attorney General") names nobody.
    if range.count == 1, tokens[last].norm == "i" { return true }
    if range.allSatisfy({ NameHeads.isTitle($0, tokens, codes) }) { return true }
    // Codes 8…10 (×2, +1 inside): a title, a state body, a state noun.
    if range.allSatisfy({
      !tokens[$0].isWord || (16...21).contains(codes[$0] & ~GazetteerCodes.head)
    }) {
      return true
    }
    let words = range.filter { tokens[$0].isWord }
    return words.count == 1 && lowerWords.contains(NameFeatures.hash(tokens[words[0]].norm.utf8))
  }

  /// A "person" every word of which the article also writes in lower case ("Space Shuttle"
  /// and "space shuttle"): common words, not a name. Kept from being a person, it cannot become
  /// the local phrase that repeats the error at every later mention.
  static func isCommonPhrase(_ range: Range<Int>, _ tokens: [Token], _ lowerWords: Set<UInt64>)
    -> Bool
  {
    let words = range.filter { tokens[$0].isWord }
    return words.count >= 2
      && words.allSatisfy { lowerWords.contains(NameFeatures.hash(tokens[$0].norm.utf8)) }
  }

  static func record(
    _ entry: Gazetteer.Entry, _ range: Range<Int>, _ text: String, _ index: Int,
    _ found: inout SentenceParties, _ book: inout PartyBook
  ) {
    book.record(entry, sentence: index, text: text)
    found.mentions.append(
      PartyMention(id: entry.id, tokens: range, text: text, embedded: false, kind: entry.kind))
  }

  /// A new person; their surname and first name alone will find them later in the article.
  static func definePerson(
    _ range: Range<Int>, _ tokens: [Token], _ name: String, _ book: inout PartyBook
  ) -> Gazetteer.Entry {
    let entry = Gazetteer.Entry(id: Slug.make(name), name: name, kind: .person, aliases: [])
    book.define(entry)
    let words = range.filter { tokens[$0].isWord && tokens[$0].isCapitalized }
    // The whole name too, or its first name alone would win over it at the next mention. Not a
    // one-word name: the tagger may be wrong about it ("Space"), and a phrase repeats the error
    // at every later mention.
    if words.count >= 2 {
      book.local.add(Phrase(name, meaning: .name(entry.id), caseSensitive: true))
    }
    // A span cut out of a longer capitalised run ("Johnson Space" of "Johnson Space Center")
    // is no safe full name: its last word does not become a surname.
    let clean = range.upperBound == tokens.count || !tokens[range.upperBound].isCapitalized
    if words.count >= 2, clean, let last = words.last {
      book.local.add(
        Phrase(String(tokens[last].text), meaning: .name(entry.id), caseSensitive: true))
    }
    return entry
  }

  /// The person of the article most recently named in full whose first name is this one-word
  /// span ("Steve" after "Steve Jobs"). Only a span the tagger calls a person is looked up, so
  /// a capitalised word that merely shares a first name ("Space") is not taken for one.
  private static func firstNamed(_ range: Range<Int>, _ tokens: [Token], _ book: PartyBook)
    -> Gazetteer.Entry?
  {
    guard range.count == 1 else { return nil }
    let word = tokens[range.lowerBound].norm
    for id in book.order.reversed() {
      guard let e = book.entry(id), e.kind == .person else { continue }
      let parts = Tokenizer.tokens(of: e.name)
      if parts.count >= 2, parts[0].norm == word { return e }
    }
    return nil
  }

  /// The organisation a span names: an existing party of the article with the same bare name,
  /// or a new one whose bare name will find it later.
  static func organization(
    _ range: Range<Int>, _ tokens: [Token], _ name: String, _ surface: (Range<Int>) -> String,
    _ book: inout PartyBook
  ) -> Gazetteer.Entry {
    var end = range.upperBound
    while end - 1 > range.lowerBound,
      !tokens[end - 1].isWord || corporateSuffixes.contains(tokens[end - 1].norm)
    {
      end -= 1
    }
    let bare = end < range.upperBound ? surface(range.lowerBound..<end) : name
    // "USI" after "University of Southern Indiana": the acronym is the party it abbreviates.
    if range.count == 1, isAcronym(tokens[range.lowerBound]), book.entry(Slug.make(name)) == nil,
      let long = abbreviated(acronymLetters(tokens[range.lowerBound]), book)
    {
      return long
    }
    if let known = book.entry(Slug.make(bare)) ?? book.entry(Slug.make(name)) { return known }
    let entry = Gazetteer.Entry(id: Slug.make(bare), name: name, kind: .organization, aliases: [])
    book.define(entry)
    book.local.add(Phrase(bare, meaning: .name(entry.id), caseSensitive: true))
    if bare != name { book.local.add(Phrase(name, meaning: .name(entry.id), caseSensitive: true)) }
    return entry
  }
}
