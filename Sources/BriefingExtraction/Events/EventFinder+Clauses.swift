/// The date's own clause: an event's parties are those named in it, not in a clause that tells
/// of something else ("released on Friday, the first swap under a truce brokered by Qatar").
extension EventFinder {
  /// The actors named before the end of the date's clause (`cut`). All actors when none is
  /// left; protagonists standing in for "both sides" are named nowhere and stay.
  func clauseActors(_ actors: [String], before cut: Int, _ s: SentenceInput) -> [String] {
    guard cut < s.tokens.count else { return actors }
    let kept = Set(s.parties.actors.filter { $0.tokens.lowerBound < cut }.map(\.id))
    let named = Set(s.parties.actors.map(\.id))
    let within = actors.filter { kept.contains($0) || !named.contains($0) }
    return within.isEmpty ? actors : within
  }

  /// Where the date's clause ends: at the first comma after the date (after the next one when
  /// the date opens the sentence, "On Wednesday, Putin held …"), or at the sentence's end.
  func clauseEnd(of r: Range<Int>, _ s: SentenceInput) -> Int {
    let tokens = s.tokens
    var from = min(r.upperBound, tokens.count)
    if tokens[..<min(r.lowerBound, tokens.count)].filter(\.isWord).count <= 1,
      from < tokens.count, tokens[from].norm == ","
    {
      from += 1
    }
    return tokens[from...].firstIndex(where: { $0.norm == "," }) ?? tokens.count
  }
}
