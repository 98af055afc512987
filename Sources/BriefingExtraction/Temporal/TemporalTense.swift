/// Whether the words around an expression place it before or after the document date.
enum TemporalTense: Sendable { case past, future, unknown }

/// Tense cues: the nearest modal, reporting verb or past form before the expression (within
/// its sentence), or a modal right after it. "will meet on Monday" is the next Monday,
/// "said Monday" the last one.
extension TemporalGrammar {
  func tense(around i: Int) -> TemporalTense {
    if ["as", "until"].contains(lower(i - 1)) && ["soon", "early", "late"].contains(lower(i - 2)) {
      return .future
    }
    var k = i - 1
    var steps = 0
    while k >= 0 && steps < 12 {
      let t = tokens[k]
      if t.kind == .punct && Self.clauseEnds.contains(t.text) { break }
      if t.kind == .word {
        if Self.futureCues.contains(t.lower) { return .future }
        if t.lower == "to", Self.beforeInfinitive.contains(lower(k - 1)) { return .future }
        // "would still be held": a participle after "be" is no past tense.
        let passive = ["be", "been", "being", "to"].contains(lower(k - 1))
        if Self.pastCues.contains(t.lower) && !passive { return .past }
        // A past form right before the expression or its preposition: "closed
        // Wednesday", "announced on Monday".
        let adjacent = steps == 0 || (steps == 1 && Self.prepositions.contains(lower(i - 1)))
        if adjacent, t.lower.count > 4, t.lower.hasSuffix("ed"), !t.isCapitalised,
          !Self.notPastForms.contains(t.lower), !passive
        {
          return .past
        }
      }
      k -= 1
      steps += 1
    }
    k = i + 1
    steps = 0
    while k < tokens.count && steps < 4 {
      let t = tokens[k]
      if t.kind == .punct && (t.text == "." || t.text == ";") { break }
      if Self.modals.contains(t.lower) { return .future }
      if Self.pastCues.contains(t.lower) { return .past }
      k += 1
      steps += 1
    }
    return .unknown
  }

  static let futureCues: WordSet = [
    "will", "ll", "shall", "wo", "would", "scheduled", "upcoming", "next", "tomorrow",
    "planning", "intends", "aims", "slated", "planned", "plans", "expected", "expects",
    "expect",
  ]
  static let modals: WordSet = ["will", "ll", "shall", "wo"]
  /// Marks the look-back for a tense cue stops at.
  static let clauseEnds: WordSet = [".", ";", "?", "!", "\"", "“", "”"]
  static let prepositions: WordSet = [
    "on", "in", "at", "by", "until", "before", "after", "since", "from",
  ]
  static let beforeInfinitive: WordSet = [
    "is", "are", "set", "due", "expected", "scheduled", "plans", "plan", "planned", "going",
    "likely", "slated", "poised", "ready", "hopes", "wants", "intends", "aims",
  ]
  static let pastCues: WordSet = [
    "was", "were", "had", "did", "said", "ago", "last", "yesterday", "since", "earlier",
    "told", "met", "began", "took", "came", "went", "left", "gave", "made", "fell", "rose",
    "won", "lost", "held", "led", "sent", "saw", "found", "became", "hit", "cut", "paid",
  ]
  static let notPastForms: WordSet = [
    "need", "speed", "proceed", "indeed", "seed", "feed", "breed",
  ]
}
