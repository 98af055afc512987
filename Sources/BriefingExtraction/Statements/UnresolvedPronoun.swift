/// "With tears in her eyes she said …" when no woman was named before: the pronoun stands for
/// no one the article names, so the cue has no speaker; no other party is taken in its place.
extension StatementFinder {
  /// Whether "he" or "she" is the subject right before the cue at `i` (past auxiliaries and
  /// adverbs), the pronouns that stand only for a person.
  static func personalPronounSubject(before i: Int, _ tokens: [Token]) -> Bool {
    var k = i - 1
    while k >= 0, auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
      k -= 1
    }
    return k >= 0 && ["he", "she"].contains(tokens[k].norm)
  }
}
