import BriefingModels

/// A speaker no list knows: the capitalised name right before a reporting verb ("Rathbun
/// wrote", "Microsoft announced") or right after it in an inverted quotation ("…," said Jeff
/// Rathke). The article learns the name, so later mentions and "he" find it.
extension StatementFinder {
  /// Words that end an organisation's name ("Secunia Inc", "Saudi Gazette").
  static let organizationHeads: WordSet = [
    "inc", "corp", "corporation", "company", "co", "ltd", "group", "news", "times", "post",
    "agency", "association", "council", "institute", "university", "department", "ministry",
    "commission", "bank", "party", "airlines", "airways", "motors", "police", "office",
    "service", "authority", "committee", "foundation", "network", "press", "journal", "gazette",
    "herald", "tribune", "guardian", "telegraph", "independent", "government", "parliament",
    "court", "board", "federation", "union", "league", "club", "organization", "organisation",
    "society", "center", "centre", "school", "college", "church", "army", "navy", "media",
  ]
  /// Capitalised words that are no name of a speaker on their own.
  static let notNames: WordSet = [
    "i", "we", "you", "he", "she", "it", "they", "mr", "mrs", "ms", "dr", "president", "minister",
    "professor", "spokesman", "spokeswoman", "spokesperson", "officials", "police", "reports",
    "sources", "critics", "experts", "analysts", "researchers", "scientists", "residents",
    "witnesses", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "image", "photo", "ambassador", "general", "chairman", "director",
    "secretary", "governor", "senator", "mayor", "chief", "ceo", "coach", "captain",
  ]

  /// The unknown name that speaks at cue `i..<end`, recorded in the book as a new party.
  func unknownSpeaker(
    at i: Int, end: Int, _ tokens: [Token], _ sentence: String, index: Int,
    inverted: Bool, book: inout PartyBook
  ) -> PartyMention? {
    var run: Range<Int>
    if inverted {
      var b = end
      while b < tokens.count, b - end < 4, tokens[b].isWord, tokens[b].isCapitalized { b += 1 }
      run = end..<b
    } else {
      var k = i - 1
      while k >= 0, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
        k -= 1
      }
      var a = k + 1
      while a > 0, k + 1 - a < 4, tokens[a - 1].isWord, tokens[a - 1].isCapitalized { a -= 1 }
      run = a..<(k + 1)
    }
    // Sentence openers and titles before the name: "The", "However", "President".
    while !run.isEmpty,
      PartyRecognizer.openers.contains(tokens[run.lowerBound].norm)
        || Self.notNames.contains(tokens[run.lowerBound].norm)
    {
      run = (run.lowerBound + 1)..<run.upperBound
    }
    guard !run.isEmpty, !tokens[run].contains(where: { Self.notNames.contains($0.norm) })
    else { return nil }
    // "sources in Ankara said": a place the speakers are in, not a speaker.
    // ("according to Yonhap news agency": the "to" is the cue's own.)
    if run.lowerBound > 0, !inverted,
      Self.prepositions.contains(tokens[run.lowerBound - 1].norm)
        || PartyRecognizer.locatives.contains(tokens[run.lowerBound - 1].norm)
    {
      return nil
    }
    let name = String(
      sentence[
        tokens[run.lowerBound].range.lowerBound..<tokens[run.upperBound - 1].range.upperBound])
    let last = tokens[run.upperBound - 1].norm
    // A surname alone is the person the article named in full ("Rathbun" of "Mark Rathbun").
    if run.count == 1,
      let known = book.all.last(where: {
        $0.kind == .person && Token.normalize($0.name.split(separator: " ").last ?? "") == last
      })
    {
      let entry = Gazetteer.Entry(id: known.id, name: known.name, kind: .person, aliases: [])
      book.record(entry, sentence: index, text: name)
      return PartyMention(id: known.id, tokens: run, text: name, embedded: false, kind: .person)
    }
    let kind: Party.Kind =
      Self.organizationHeads.contains(last)
        || (run.count == 1 && !Self.isCommaInversion(at: i, end: end, tokens))
        || tokens[run.lowerBound].isAllCaps
      ? .organization : .person
    let entry = Gazetteer.Entry(id: Slug.make(name), name: name, kind: kind, aliases: [])
    if book.entry(entry.id) == nil, gazetteer.entry(entry.id) == nil {
      book.define(entry)
      book.local.add(Phrase(name, meaning: .name(entry.id), caseSensitive: true))
      if kind == .person {
        let surname = String(tokens[run.upperBound - 1].text)
        book.local.add(Phrase(surname, meaning: .name(entry.id), caseSensitive: true))
      }
    }
    book.record(book.entry(entry.id) ?? entry, sentence: index, text: name)
    return PartyMention(id: entry.id, tokens: run, text: name, embedded: false, kind: kind)
  }

  /// "Institutional recipients, said Mauer, are required …": a reporting verb between commas
  /// with a capitalised name right after it and a comma after the name, an inversion with no
  /// quotation. A single word there is a person's surname, not an organisation.
  static func isCommaInversion(at i: Int, end: Int, _ tokens: [Token]) -> Bool {
    guard i > 0, tokens[i - 1].norm == ",", tokens[i].norm != "according" else { return false }
    var b = end
    while b < tokens.count, b - end < 4, tokens[b].isWord, tokens[b].isCapitalized { b += 1 }
    return b > end && b < tokens.count && tokens[b].norm == ","
  }

  /// The speaker of a verb cue when no party nor pronoun stands at it: a passive's agent
  /// described after "by" (the subject before a passive is spoken about, never the speaker:
  /// "X was criticised by Y"), else a name no list knows, unnamed people placed in a state, or
  /// a description before the verb (after it in an inverted quotation).
  func speakerNoPartyNames(
    at i: Int, end: Int, _ tokens: [Token], _ sentence: String, index: Int,
    actors: [PartyMention], book: inout PartyBook
  ) -> PartyMention? {
    if let by = passiveAgent(at: i, end: end, tokens) {
      return description(after: by, tokens, sentence)
    }
    if let d = otherPartyDescription(before: i, tokens, sentence, actors) { return d }
    let inverted =
      i > 0 && [",", "\"", "”", "'"].contains(tokens[i - 1].norm)
      && tokens[..<i].contains { StatementContent.quoteMarks.contains($0.norm) }
      || Self.isCommaInversion(at: i, end: end, tokens)
    return unknownSpeaker(
      at: i, end: end, tokens, sentence, index: index, inverted: inverted, book: &book)
      ?? (inverted ? nil : locatedDescription(before: i, tokens, actors))
      ?? (inverted
        ? description(after: end, tokens, sentence)
        : description(before: i, tokens, sentence))
  }
}
