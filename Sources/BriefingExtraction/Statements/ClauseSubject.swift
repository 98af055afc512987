import BriefingModels

/// A second clause with a speaker of its own ("…, and Chrysler announced").
extension StatementFinder {
  /// The party that opens a new clause right before the cue at `i`, after the sentence's
  /// previous cue ("…, and Chrysler announced", "; Boeing said", "but the ministry denied"): a
  /// second claim with a speaker of its own, not a verb coordinated with the first one's.
  /// Also gives the token where the new clause begins (its comma, ";" or "while").
  func clauseSubject(at i: Int, after previous: Int, _ tokens: [Token], _ actors: [PartyMention])
    -> (speaker: PartyMention, boundary: Int)?
  {
    var k = i - 1
    while k >= 0, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly") {
      k -= 1
    }
    // "…, and the United States, which took part as an observer, urged": past a relative clause.
    if k > previous, tokens[k].norm == ",",
      let open = tokens[(previous + 1)..<k].lastIndex(where: { $0.norm == "," }),
      open + 1 < k, ["which", "who"].contains(tokens[open + 1].norm)
    {
      k = open - 1
    }
    guard k >= 0, let m = actors.last(where: { $0.tokens.upperBound == k + 1 }),
      m.tokens.lowerBound > previous
    else { return nil }
    var b = m.tokens.lowerBound - 1
    // "…, and President Volodymyr Zelensky has said": past a capitalised title.
    while b > previous, m.tokens.lowerBound - b <= 3, tokens[b].isWord, tokens[b].isCapitalized,
      !actors.contains(where: { $0.tokens.contains(b) })
    {
      b -= 1
    }
    if b >= 0, Self.determiners.contains(tokens[b].norm) { b -= 1 }
    guard b > 0 else { return nil }
    if [";", "while", "whereas"].contains(tokens[b].norm) { return (m, b) }
    if ["and", "but"].contains(tokens[b].norm), tokens[b - 1].norm == "," { return (m, b - 1) }
    // "Russia said its convoy had waited at the border and Ukraine replied that …": "and" with
    // no comma, after words of the earlier claim, and a "that" clause of its own; not a list
    // ("said Ukraine and Turkey agreed"), not a reply with no clause ("and Moscow denied it").
    if tokens[b].norm == "and", b - 1 > previous, tokens[b - 1].isWord,
      !actors.contains(where: { $0.tokens.upperBound == b }),
      tokens[(i + 1)..<min(i + 3, tokens.count)].contains(where: { $0.norm == "that" })
    {
      return (m, b)
    }
    return nil
  }

  /// Cuts the content of the sentence's statements so far at `end` (where a new clause with a
  /// speaker of its own begins), when their content runs over it.
  static func endContent(of out: inout [Statement], at end: String.Index, in sentence: String) {
    for k in out.indices {
      guard let r = sentence.range(of: out[k].text), r.lowerBound < end, r.upperBound > end
      else { continue }
      let cut = sentence[r.lowerBound..<end].trimmingCharacters(
        in: .whitespaces.union(.punctuationCharacters))
      if cut.split(separator: " ").count >= 3 { out[k].text = cut }
    }
  }
}
