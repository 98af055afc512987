/// "the border between Ukraine and Belarus": states named as the two sides of a border are the
/// place where something happened (as "the Belarusian border" is), whatever else they do.
extension PartyRecognizer {
  static let borderWords: WordSet = ["border", "borders", "frontier", "boundary"]

  /// Whether the state named at `i` is one side of "<border> between X and Y": right after
  /// "between", or after "and" that follows "between X" with at most three words for X.
  static func namesBorderSide(at i: Int, _ tokens: [Token]) -> Bool {
    func isBetween(_ k: Int) -> Bool {
      k >= 1 && tokens[k].norm == "between" && borderWords.contains(tokens[k - 1].norm)
    }
    guard i >= 2 else { return false }
    if isBetween(i - 1) { return true }
    guard tokens[i - 1].norm == "and" else { return false }
    return (i - 5...i - 3).contains { $0 >= 1 && isBetween($0) }
  }
}
