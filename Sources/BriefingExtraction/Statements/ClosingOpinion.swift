/// "It's very beautiful, I think.": a verb of opinion with "I"/"we" that closes the sentence
/// after its clause reports that clause (what was said comes before it, as after "…, he said.").
extension StatementFinder {
  /// Verbs of opinion that may close the clause they report.
  static let closingOpinionVerbs: WordSet = [
    "think", "thought", "guess", "believe", "believed", "suppose", "reckon", "imagine",
  ]

  /// Words right before the subject that make the verb part of a clause of its own, not a
  /// closing attribution ("that's what I think", "bigger than I thought", "as I believe").
  static let closingOpinionStops: WordSet = [
    "what", "which", "who", "whom", "that", "than", "as", "how", "why", "where", "when", "if",
    "because", "so", "since", "whether", "until", "unless", "before", "after", "and", "but",
    "or", "do", "did", "does", "whatever", "everything", "anything", "nothing", "all",
  ]

  /// Whether the opinion verb at `i`, whose first-person subject stands at `subject`, closes
  /// the sentence after a clause of at least three words: only a full stop (or nothing)
  /// follows, no negation comes between, and the word before the subject does not open a
  /// clause of its own.
  static func closesWithOpinion(at i: Int, end: Int, subject: Int, _ tokens: [Token]) -> Bool {
    guard closingOpinionVerbs.contains(tokens[i].norm), subject >= 3,
      ["i", "we"].contains(tokens[subject].norm),
      end == tokens.count || [".", "!"].contains(tokens[end].norm),
      !tokens[(subject + 1)..<i].contains(where: { negations.contains($0.norm) }),
      !closingOpinionStops.contains(tokens[subject - 1].norm),
      tokens[..<subject].filter(\.isWord).count >= 3
    else { return false }
    return true
  }
}
