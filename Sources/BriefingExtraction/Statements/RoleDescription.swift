/// "President Joe Biden visited Kyiv. The president said …": a description by a person's role
/// stands for the person named earlier with that role; with no such person the words speak
/// ("the mayor said", `descriptionHeads`).
extension StatementFinder {
  /// Heads of a description of one person by the office they hold.
  static let roleHeads: WordSet = [
    "president", "minister", "premier", "chancellor", "mayor", "governor", "manager", "coach",
    "chairman", "chairwoman", "director", "secretary", "ambassador", "senator", "commander",
    "chief", "captain", "executive", "founder", "prosecutor", "sheriff", "king", "queen",
  ]

  /// The person "the [foreign] minister" at `k` (its head) stands for: the last person named
  /// whose role holds every word of the description. Nil when `k` is no role head after "the"
  /// or no person named has the role.
  func rolePerson(at k: Int, _ tokens: [Token], _ context: SpeakerContext) -> PartyMention? {
    guard Self.roleHeads.contains(tokens[k].norm), !tokens[k].isCapitalized || k == 0 else {
      return nil
    }
    var start = k
    while start > 0, tokens[start - 1].isWord, start > k - 3,
      !Self.determiners.contains(tokens[start - 1].norm)
    {
      start -= 1
    }
    guard start > 0, tokens[start - 1].norm == "the",
      let id = context.person(role: tokens[start...k].map(\.norm))
    else { return nil }
    let r = (start - 1)..<(k + 1)
    return PartyMention(
      id: id, tokens: r, text: tokens[r].map(\.text).joined(separator: " "), embedded: false,
      kind: .person)
  }
}

extension SpeakerContext {
  /// The last person named whose role ("Foreign Minister") holds every one of `words` ("foreign",
  /// "minister"), latest first.
  func person(role words: [String]) -> String? {
    for p in peopleWithRoles.reversed() {
      let role = Set(p.role.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
      if words.allSatisfy({ role.contains($0) }) { return p.id }
    }
    return nil
  }

  /// Records a person named with a role, keeping the last eight.
  mutating func named(person id: String, role: String) {
    if peopleWithRoles.last?.id == id { return }
    peopleWithRoles.removeAll { $0.id == id }
    peopleWithRoles.append((id, role))
    if peopleWithRoles.count > 8 { peopleWithRoles.removeFirst() }
  }
}

extension StatementFinder {
  /// "'We were unlucky,' said the manager": the role after an inverted cue at `i` (after a
  /// quotation), for the person named with it.
  func invertedRolePerson(at i: Int, end: Int, _ tokens: [Token], _ context: SpeakerContext)
    -> PartyMention?
  {
    guard i > 0, end + 1 < tokens.count, tokens[end].norm == "the",
      [",", "\"", "”", "'"].contains(tokens[i - 1].norm),
      tokens[..<i].contains(where: { StatementContent.quoteMarks.contains($0.norm) })
    else { return nil }
    var k = end + 1
    while k + 1 < tokens.count, k < end + 3, tokens[k + 1].isWord { k += 1 }
    guard tokens[k].isWord, k + 1 == tokens.count || !tokens[k + 1].isWord else { return nil }
    return rolePerson(at: k, tokens, context)
  }
}
