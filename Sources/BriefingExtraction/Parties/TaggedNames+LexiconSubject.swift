/// "Boeing delayed its 787 again": an organisation the world lexicon knows that opens a sentence
/// and is its subject. At a sentence's start a capital says nothing, so the tagger leaves a lone
/// company name there untagged; the lexicon's name, followed by a lower-case word, is the subject.
extension TaggedNames {
  /// `surface` gives a token range's words as the sentence writes them.
  static func lexiconSubject(
    _ tokens: [Token], index: Int, from start: Int, _ surface: (Range<Int>) -> String,
    _ found: inout SentenceParties, _ book: inout PartyBook
  ) {
    var first = start
    while first < tokens.count, !tokens[first].isWord { first += 1 }
    guard first < tokens.count, tokens[first].isCapitalized else { return }
    let window = Array(tokens[first..<min(tokens.count, first + 6)])
    let codes = NameLexicon.builtIn.codes(
      window, words: window.map { NameFeatures.hash($0.norm.utf8) })
    // Only an organisation and nothing else ("Jordan" is a given name and a place too).
    guard codes[0] >> 2 == NameLexicon.organization else { return }
    var n = 1
    while n < codes.count, codes[n] >> 2 == NameLexicon.organization, codes[n] & 3 >= 2 { n += 1 }
    let range = first..<(first + n)
    guard range.upperBound < tokens.count,
      tokens[range.upperBound].norm == "'s"
        || (tokens[range.upperBound].isWord && !tokens[range.upperBound].isCapitalized),
      !found.mentions.contains(where: { $0.tokens.overlaps(range) }),
      !found.places.contains(where: { $0.tokens.overlaps(range) })
    else { return }
    let name = surface(range)
    let entry = organization(range, tokens, name, surface, &book)
    record(entry, range, name, index, &found, &book)
  }
}
