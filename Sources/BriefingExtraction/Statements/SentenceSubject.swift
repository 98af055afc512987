import BriefingModels

/// "Cooke ruled against life terms, because she said …": a person who opens the sentence as the
/// subject of its verb is who a later "he" or "she" of the same sentence stands for, before the
/// people earlier sentences named (the subject is the likeliest antecedent within a sentence).
extension StatementFinder {
  /// The context for the pronouns of this sentence: `context`, with the sentence's opening
  /// person as the last speaker of each gender it may have. Unchanged when the sentence does
  /// not open with a person followed by a verb ("Cooke's lawyer said he", "Cooke and Hassoun").
  func withSentenceSubject(
    _ context: SpeakerContext, _ tokens: [Token], _ actors: [PartyMention], index: Int,
    book: PartyBook
  ) -> SpeakerContext {
    guard let m = actors.first, m.kind == .person,
      tokens[..<m.tokens.lowerBound].allSatisfy({ $0.isWord && $0.isCapitalized }),
      m.tokens.upperBound < tokens.count
    else { return context }
    let next = tokens[m.tokens.upperBound]
    guard next.isWord, !next.isCapitalized, !Self.subjectBreakers.contains(next.norm) else {
      return context
    }
    var c = context
    for female in Self.genders(book.parties[m.id]) { c.speaker[female] = (m.id, index) }
    return c
  }

  /// Words after a name that make it no verb's subject alone ("Cooke and Hassoun", "Cooke of").
  static let subjectBreakers: WordSet = [
    "and", "or", "of", "in", "at", "for", "with", "from", "to", "on", "by", "who", "whose",
    "which", "nor",
  ]
}
