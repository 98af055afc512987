/// The date's own clause: an event's parties are those named in it, not in a clause that tells
/// of something else ("released on Friday, the first swap under a truce brokered by Qatar").
extension EventFinder {
  /// The actors named before the end of the date's clause (`cut`): none when the clause names
  /// none ("Unlike the November results, …"); protagonists standing in for "both sides" are
  /// named nowhere and stay.
  func clauseActors(_ actors: [String], before cut: Int, _ s: SentenceInput) -> [String] {
    guard cut < s.tokens.count else { return actors }
    let kept = Set(s.parties.actors.filter { $0.tokens.lowerBound < cut }.map(\.id))
    let named = Set(s.parties.actors.map(\.id))
    return actors.filter { kept.contains($0) || !named.contains($0) }
  }

  /// Where the date's clause ends: at the first comma after the date (after the next one when
  /// the date's phrase opens the sentence, "On Wednesday, Putin held …", "After the November
  /// vote, observers criticized …"), or at the sentence's end.
  func clauseEnd(of r: Range<Int>, _ s: SentenceInput) -> Int {
    let tokens = s.tokens
    var from = min(r.upperBound, tokens.count)
    let before = tokens[..<min(r.lowerBound, tokens.count)]
    let opens =
      !before.contains { $0.norm == "," }
      && (before.first.map { Self.timePrepositions.contains($0.norm) } == true
        || (before.filter(\.isWord).count <= 1 && from < tokens.count && tokens[from].norm == ","))
    if opens, let comma = tokens[from...].firstIndex(where: { $0.norm == "," }) {
      from = comma + 1
    }
    return tokens[from...].firstIndex(where: { $0.norm == "," }) ?? tokens.count
  }

  /// Words that open a phrase dating the clause after it ("After the November vote, …").
  static let timePrepositions: WordSet = [
    "on", "in", "at", "after", "before", "during", "following", "by", "late", "early", "last",
  ]
}
