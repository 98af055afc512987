import BriefingModels

/// "The central bank said", "the defence ministry said": a description of a body stands for the
/// organisation named earlier whose name says that kind of body, not merely the last one named.
extension StatementFinder {
  /// The lower-case words of an organisation's name and of the words that named it.
  static func nameWords(_ name: String, _ text: String) -> Set<String> {
    let words = name + " " + text
    return Set(words.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
  }

  /// Whether a description with this head ("bank") may stand for a body with this name: its
  /// name holds the head or says no other kind of body ("Boeing" may be "the company", the
  /// "Ministry of Finance" is no "bank").
  static func mayDescribe(_ head: String, _ name: Set<String>) -> Bool {
    name.contains(head)
      || !SpeakerContext.namedOnlyHeads.contains(head)
        && (!SpeakerContext.kindHeads.contains(head)
          || name.isDisjoint(with: SpeakerContext.kindHeads))
  }
}

extension SpeakerContext {
  /// Heads of a description that say what kind of body it is ("the central bank", "the defence
  /// ministry"): a name with another of them ("Ministry of Finance") is not what they describe.
  static let kindHeads: WordSet = [
    "bank", "ministry", "court", "army", "union", "party", "agency", "company", "council",
    "commission", "parliament", "university", "church", "institute", "board", "bureau",
    "department", "office", "committee", "fund", "police", "navy", "tribunal", "authority",
  ]

  /// Heads of public bodies that stand only for an organisation whose name holds them: a
  /// company or an agency is never "the ministry" or "the court".
  static let namedOnlyHeads: WordSet = [
    "ministry", "department", "council", "committee", "commission", "parliament", "army", "navy",
    "embassy", "court", "cabinet", "federation", "association", "foundation", "party",
    "authority", "bureau", "league",
  ]

  /// "The central bank", "the defence ministry" (words of the description, head last): the
  /// last organisation named whose name holds the head, the most of the words winning; else the
  /// last organisation named, unless its name says another kind of body ("the bank" after the
  /// Ministry of Finance stays unnamed).
  func organization(described words: [String]) -> String? {
    guard let head = words.last else { return organization(named: true) }
    // The names' words are made only here, when a description speaks (rare), not per mention.
    let named = organizationsNamed.map { ($0.id, StatementFinder.nameWords($0.name, $0.text)) }
    var best: (id: String, score: Int)? = nil
    for (id, name) in named where name.contains(head) {
      let score = words.filter { name.contains($0) }.count
      if score >= (best?.score ?? 0) { best = (id, score) }
    }
    if let best { return best.id }
    // "The ministry said" after only Boeing was named: no ministry was named, the words speak.
    if Self.namedOnlyHeads.contains(head) { return nil }
    guard Self.kindHeads.contains(head), let last = organization(named: true) else {
      return organization(named: true)
    }
    if let words = named.last(where: { $0.0 == last })?.1,
      !words.isDisjoint(with: Self.kindHeads)
    {
      return nil
    }
    return last
  }

  /// Records an organisation named, keeping the last eight.
  mutating func named(organization id: String, name: String, text: String) {
    if organizationsNamed.last?.id == id, organizationsNamed.last?.text == text { return }
    organizationsNamed.removeAll { $0.id == id }
    organizationsNamed.append((id, name, text))
    if organizationsNamed.count > 8 { organizationsNamed.removeFirst() }
  }
}
