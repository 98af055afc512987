import BriefingModels

/// People the tagger cut or left out whose names show their shape: a given name of the world
/// lexicon before a capitalised word ("Frederick Fung", "Claudia Mo"), or a surname before a
/// hyphenated given name ("Kwok Ka-ki", "Kim Jong-un").
extension TaggedNames {
  /// A one-word person that is a given name of the lexicon ("Claudia" of "Claudia Mo",
  /// "James" of "James To") runs on over the capitalised word after it that no list knows.
  static func throughSurname(
    _ range: Range<Int>, _ tokens: [Token], _ codes: [UInt8]
  ) -> Range<Int> {
    let end = range.upperBound
    guard range.count == 1, end < tokens.count,
      NameLexicon.builtIn.isGivenName(tokens[range.lowerBound]),
      isSurname(end, tokens, codes)
    else { return range }
    return throughHyphens(range.lowerBound..<(end + 1), tokens)
  }

  /// A capitalised word at `k` that can be a surname: written beside the word before it, not
  /// in the gazetteer, not an acronym, not an opener or title.
  private static func isSurname(_ k: Int, _ tokens: [Token], _ codes: [UInt8]) -> Bool {
    let t = tokens[k]
    return t.isWord && t.isCapitalized && !t.isAllCaps && codes[k] == 0
      && !PartyRecognizer.openers.contains(t.norm) && t.norm.allSatisfy(\.isLetter)
  }

  /// People no span covers: "Frederick Fung of ADPL" (a given name, then a surname) and
  /// "Kwok Ka-ki", "Wu Chi-wai" (a surname, then a given name of two syllables joined by a
  /// hyphen, as Cantonese and Korean names are written).
  static func givenNames(
    _ tokens: [Token], index: Int, from start: Int, codes: [UInt8], lowerWords: Set<UInt64>,
    _ surface: (Range<Int>) -> String, _ found: inout SentenceParties, _ book: inout PartyBook
  ) {
    var i = start
    while i + 1 < tokens.count {
      guard let (range, hyphenated) = shapedName(i, tokens, codes),
        // Words the article also writes in lower case ("Will", "Rose") are no safe name; a
        // hyphenated given name is ("Yiu-chung" beside "Chung-tai").
        hyphenated
          || !range.contains(where: {
            tokens[$0].isCapitalized
              && lowerWords.contains(NameFeatures.hash(tokens[$0].norm.utf8))
          }),
        !found.places.contains(where: { $0.tokens.overlaps(range) })
      else {
        i += 1
        continue
      }
      let inside = found.mentions.filter { $0.tokens.overlaps(range) }
      // Only a person the tagger cut to one word of the name ("Chi" of "Wu Chi-wai", "Kwok"
      // of "Kwok Wai-keung") gives way to the whole name.
      if !inside.isEmpty {
        guard inside.count == 1, let cut = inside.first, cut.kind == .person, !cut.embedded,
          cut.tokens.count == 1, range.contains(cut.tokens.lowerBound)
        else {
          i += 1
          continue
        }
        book.forget(cut.id, sentence: index, text: cut.text)
        found.mentions.removeAll { $0 == cut }
      }
      let name = surface(range)
      let entry = book.entry(Slug.make(name)) ?? definePerson(range, tokens, name, &book)
      record(entry, range, name, index, &found, &book)
      i = range.upperBound
    }
  }

  /// The person's name starting at `i`, if its words have one of the two shapes.
  /// `hyphenated`: the second shape.
  private static func shapedName(_ i: Int, _ tokens: [Token], _ codes: [UInt8]) -> (
    range: Range<Int>, hyphenated: Bool
  )? {
    // Inside a longer capitalised run ("Civic Party Alvin") the words are some other name's.
    if i > 0, tokens[i - 1].isWord, tokens[i - 1].isCapitalized { return nil }
    guard isSurname(i, tokens, codes) else { return nil }
    if NameLexicon.builtIn.isGivenName(tokens[i]), !months.contains(tokens[i].norm),
      isSurname(i + 1, tokens, codes)
    {
      let range = throughHyphens(i..<(i + 2), tokens)
      let end = range.upperBound
      if end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { return nil }
      return (range, false)
    }
    guard i + 3 < tokens.count, isSyllable(tokens[i + 1]), tokens[i + 1].isCapitalized,
      isSurname(i + 1, tokens, codes), tokens[i + 2].norm == "-",
      tokens[i + 1].range.upperBound == tokens[i + 2].range.lowerBound,
      tokens[i + 2].range.upperBound == tokens[i + 3].range.lowerBound,
      isSyllable(tokens[i + 3]), !tokens[i + 3].isCapitalized,
      !notSyllables.contains(tokens[i + 3].norm)
    else { return nil }
    return (i..<(i + 4), true)
  }

  /// Given names that are months too: "in April Congress …" names nobody.
  static let months: WordSet = ["april", "may", "june", "july", "august"]

  /// A word of at most five letters: one syllable of a romanised given name ("Chi", "wai").
  private static func isSyllable(_ t: Token) -> Bool {
    t.isWord && t.norm.count <= 5 && t.norm.allSatisfy(\.isLetter)
  }

  /// Words after a hyphen that make a compound, not a given name ("Kong-based", "Year-end").
  static let notSyllables: WordSet = [
    "based", "led", "born", "run", "era", "end", "owned", "made", "style", "like", "type", "wide",
    "free", "long", "up", "down", "in", "out", "off", "over", "old", "year", "day", "time", "new",
  ]
}
