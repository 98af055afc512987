/// "He traveled to meet Devocht, who had told him he would help": a relative clause's cue
/// belongs to the party the "who" stands for, though that party is a preposition's object.
extension StatementFinder {
  /// Whether ", who" (and auxiliaries only) stands between the party at `m` and the cue at `i`:
  /// "…, who told reporters", "…, who had also said".
  static func opensRelative(after m: Range<Int>, before i: Int, _ tokens: [Token]) -> Bool {
    let k = m.upperBound
    guard k + 2 <= i, tokens[k].norm == ",", tokens[k + 1].norm == "who" else { return false }
    return tokens[(k + 2)..<i].allSatisfy {
      auxiliaries.contains($0.norm) || $0.norm.hasSuffix("ly")
    }
  }
}
