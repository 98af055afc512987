import BriefingModels

/// A party named inside a description that is not the one speaking: "Ukraine's allies urged",
/// "critics of the government said", "the Hamas-run health ministry says". The party is what
/// the speakers stand against, side with or are run by; the description's words speak.
extension StatementFinder {
  /// People defined by their dealings with a party, not its members or officials: "Ukraine's
  /// allies", "Kremlin critics", "opponents of the reform".
  static let counterpartHeads: WordSet = [
    "ally", "allies", "partner", "partners", "critic", "critics", "opponent", "opponents",
    "rival", "rivals", "enemy", "enemies", "adversary", "adversaries", "foe", "foes",
    "neighbour", "neighbours", "neighbor", "neighbors", "detractors", "supporters", "backers",
  ]

  /// Participles that make a party the modifier of the noun after its hyphen ("the Hamas-run
  /// ministry", "a Saudi-led coalition", "Russian-backed separatists").
  static let hyphenParticiples: WordSet = [
    "run", "led", "backed", "owned", "funded", "controlled", "linked", "allied", "aligned",
    "affiliated", "sponsored", "appointed", "installed", "supported", "dominated",
  ]

  /// Whether the party mentioned at `m` modifies the noun after it through a hyphen
  /// ("Hamas-run", "Saudi-led"): it names who runs the speaker, not the speaker.
  static func modifiesByHyphen(_ m: Range<Int>, _ tokens: [Token]) -> Bool {
    let k = m.upperBound
    return k + 1 < tokens.count && tokens[k].norm == "-"
      && hyphenParticiples.contains(tokens[k + 1].norm)
  }

  /// Whether the words right after the party's possessive ("Ukraine's allies in Europe") or
  /// right before its "of" ("critics of the government") are people it deals with.
  static func isCounterpart(_ m: Range<Int>, _ tokens: [Token]) -> Bool {
    let k = m.upperBound
    if k + 1 < tokens.count, tokens[k].norm == "'s", counterpartHeads.contains(tokens[k + 1].norm) {
      return true
    }
    var b = m.lowerBound - 1
    if b >= 0, determiners.contains(tokens[b].norm) { b -= 1 }
    return b >= 1 && tokens[b].norm == "of" && counterpartHeads.contains(tokens[b - 1].norm)
  }

  /// Whether a description's words hold a party that does not speak for it: a counterpart head
  /// ("Kremlin critics", "Ukraine's allies") or a party joined by a hyphen participle.
  static func holdsOtherParty(_ d: Range<Int>, _ tokens: [Token]) -> Bool {
    d.contains { k in
      counterpartHeads.contains(tokens[k].norm)
        || (tokens[k].norm == "-" && k + 1 < tokens.count
          && hyphenParticiples.contains(tokens[k + 1].norm))
    }
  }

  /// The description around such a party that is the subject of the cue at `i`, in the
  /// sentence's words: "Ukraine's allies in Europe (have urged)", "Critics of Russia (said)",
  /// "The Hamas-run health ministry in Gaza (says)". Nil when anything but words stands
  /// between the description's start and the verb.
  func otherPartyDescription(
    before i: Int, _ tokens: [Token], _ sentence: String, _ actors: [PartyMention]
  ) -> PartyMention? {
    var end = i
    while end > 0, Self.auxiliaries.contains(tokens[end - 1].norm) { end -= 1 }
    guard
      let m = actors.last(where: {
        $0.tokens.upperBound <= end
          && (Self.isCounterpart($0.tokens, tokens) || Self.modifiesByHyphen($0.tokens, tokens))
      })
    else { return nil }
    var start = m.tokens.lowerBound
    if start > 0, Self.determiners.contains(tokens[start - 1].norm) { start -= 1 }
    // "critics of (the) Russia": the description opens at its head.
    if start >= 2, tokens[start - 1].norm == "of",
      Self.counterpartHeads.contains(tokens[start - 2].norm)
    {
      start -= 2
      if start > 0, Self.descriptionOpeners.contains(tokens[start - 1].norm) { start -= 1 }
    }
    guard end - start <= 10, start == 0 || !tokens[start - 1].isWord,
      tokens[start..<end].allSatisfy({ $0.isWord || ["-", "'s"].contains($0.norm) })
    else { return nil }
    let text = String(
      sentence[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
    return PartyMention(id: "", tokens: start..<end, text: text, embedded: false, kind: .group)
  }
}
