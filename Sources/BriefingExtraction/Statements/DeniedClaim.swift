import BriefingModels

/// "…, a charge Moscow denies", "an accusation the company rejects": a claim noun followed by
/// its denier and a verb of denial is the denier's own statement, a second claim of the
/// sentence with a speaker of its own (not the first speaker's coordinated verb).
extension StatementFinder {
  /// Nouns that name what someone claimed, which another party can deny.
  static let claimNouns: WordSet = [
    "claim", "claims", "charge", "charges", "accusation", "accusations", "allegation",
    "allegations", "assertion", "assertions", "demand", "demands", "version", "suggestion",
  ]

  /// Words between the denier and its verb that still name the denier ("a demand the Russian
  /// side rejected", "a claim the Chinese government denies").
  static let denierHeads: WordSet = [
    "side", "government", "authorities", "officials", "leadership", "delegation",
  ]

  /// The party that denies the claim named right before it, when the deny cue at `i` closes
  /// "<claim noun> [the] <party> [side] <verb>" ("an accusation Moscow rejects", "a claim he
  /// denies": a pronoun is the last person the sentence names before it, other than `first`),
  /// and the tokens of the claim: what the sentence said before the noun phrase.
  func deniedClaim(
    at i: Int, stance: Statement.Stance, after previous: Int, first: PartyMention,
    _ tokens: [Token], _ actors: [PartyMention]
  ) -> (speaker: PartyMention, claim: Range<Int>)? {
    guard stance == .deny else { return nil }
    var k = i - 1
    while k > previous, Self.auxiliaries.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly")
    {
      k -= 1
    }
    if k > previous, Self.denierHeads.contains(tokens[k].norm),
      !actors.contains(where: { $0.tokens.upperBound == k + 1 })
    {
      k -= 1
    }
    // (A claim noun the finder read as a cue and passed over ends right before the denier:
    // "a claim Moscow denies", so the bounds below reach back to `previous - 1`.)
    guard k >= previous else { return nil }
    let speaker: PartyMention
    var b: Int
    if ["he", "she"].contains(tokens[k].norm) {
      guard
        let m = actors.last(where: {
          $0.kind == .person && $0.tokens.upperBound <= k && $0.id != first.id
        })
      else { return nil }
      speaker = PartyMention(
        id: m.id, tokens: k..<(k + 1), text: String(tokens[k].text), embedded: false,
        kind: .person)
      b = k - 1
    } else {
      guard let m = actors.last(where: { $0.tokens.upperBound == k + 1 }),
        m.tokens.lowerBound >= previous
      else { return nil }
      speaker = m
      b = m.tokens.lowerBound - 1
      if b >= previous, Self.determiners.contains(tokens[b].norm) { b -= 1 }
    }
    guard b >= max(previous - 1, 0), Self.claimNouns.contains(tokens[b].norm) else { return nil }
    // "…, an accusation": the claim ends before the noun's article and comma.
    var end = b
    while end > 0, !tokens[end - 1].isWord || ["a", "an", "the"].contains(tokens[end - 1].norm) {
      end -= 1
    }
    return (speaker, min(previous, end)..<end)
  }

  /// The words of a denied claim's tokens, when they hold three words or more.
  static func claimText(_ tokens: [Token], _ r: Range<Int>, _ sentence: String) -> String? {
    var a = r.lowerBound
    while a < r.upperBound, !tokens[a].isWord || tokens[a].norm == "that" { a += 1 }
    guard a < r.upperBound, tokens[a..<r.upperBound].filter(\.isWord).count >= 3 else { return nil }
    return String(sentence[tokens[a].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound])
  }
}
