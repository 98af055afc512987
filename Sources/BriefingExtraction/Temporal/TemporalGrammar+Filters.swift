/// Matches that look like dates but are names of programmes or columns: ABC's "This Week",
/// "VOA Today". (Datelines stay: news annotation keeps them.)
extension TemporalGrammar {
  func isNoise(start i: Int, end: Int) -> Bool { isTitle(start: i, end: end) }

  /// A capitalised unit inside the match ("This Week"), or "Today" after a capitalised name.
  func isTitle(start i: Int, end: Int) -> Bool {
    let capitalisedUnit = ((i + 1)..<end).contains { k in
      let t = tokens[k]
      return t.kind == .word && t.isCapitalised && t.text.uppercased() != t.text
        && ["week", "month", "year", "morning", "afternoon", "evening", "night"].contains(t.lower)
    }
    if capitalisedUnit { return true }
    guard end == i + 1, ["today", "tonight", "tomorrow", "now"].contains(lower(i)),
      tokens[i].isCapitalised,
      let prev = token(i - 1), prev.kind == .word, prev.isCapitalised, !tokens[i].lineStart
    else { return false }
    return true
  }
}
