import BriefingModels

/// "I think" inside a quotation: the quoted speaker's own attribution ("'I think we have learned
/// a lot,' said Gomez"; a quotation going on from the sentence before). It is a statement of
/// its own, with the clause after the verb as what was said (GUM counts it apart from the
/// "said" around it).
extension StatementFinder {
  /// Verbs of opinion that report with "I"/"we" inside a quotation.
  static let quotedOpinionVerbs: WordSet = [
    "think", "thought", "believe", "believed", "hope", "hoped", "feel", "felt", "guess",
    "suppose", "expect", "reckon", "doubt", "suspect", "fear",
  ]

  /// Whether each token stands inside a quotation mark's span.
  static func quoted(_ tokens: [Token]) -> [Bool] {
    var out = [Bool](repeating: false, count: tokens.count)
    var inside = false
    for k in tokens.indices {
      // Only `"` (0x22) and marks starting 0xC2 or 0xE2 can be a quotation mark.
      let first = tokens[k].norm.utf8.first
      guard first == 0x22 || first == 0xC2 || first == 0xE2 else {
        out[k] = inside
        continue
      }
      switch tokens[k].norm {
      case "\"": inside.toggle()
      case "“", "«": inside = true
      case "”", "»": inside = false
      default: out[k] = inside
      }
    }
    return out
  }

  /// The "I"/"we" that is the subject of an opinion verb at `i` inside a quotation.
  func quotedFirstPerson(at i: Int, _ tokens: [Token], quoted: [Bool]) -> Bool {
    guard quoted[i], Self.quotedOpinionVerbs.contains(tokens[i].norm) else { return false }
    var k = i - 1
    while k >= 0, i - k <= 4,
      Self.personalSkips.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly")
    {
      k -= 1
    }
    guard k >= 0, ["i", "we"].contains(tokens[k].norm), quoted[k] else { return false }
    let next = i + 1 < tokens.count ? tokens[i + 1].norm : "."
    return !ReportingCues.personalObjects.contains(next)
  }

  /// "Memon said she believed …", "Key said he believes …": an opinion verb whose subject is
  /// "he" or "she" inside what a person said is that person's attribution too.
  func nestedOpinion(at i: Int, _ tokens: [Token]) -> Bool {
    guard
      Self.quotedOpinionVerbs.contains(tokens[i].norm)
        || ["believes", "thinks", "hopes", "feels", "expects", "fears"].contains(tokens[i].norm)
    else { return false }
    var k = i - 1
    while k >= 0, i - k <= 3,
      Self.personalSkips.contains(tokens[k].norm) || tokens[k].norm.hasSuffix("ly")
        || ["also", "still"].contains(tokens[k].norm)
    {
      k -= 1
    }
    guard k >= 1, ["he", "she"].contains(tokens[k].norm) else { return false }
    // Right after the reporting verb or its "that": "said she believed", "said that he thinks".
    let before = tokens[k - 1].norm == "that" && k >= 2 ? k - 2 : k - 1
    return ReportingCues.cue(at: before, tokens)?.role == .verb
  }

  /// The statements of the quoted opinion verbs at `cues`: the speaker is the person this
  /// sentence's statements name, or, for a quotation that opens the sentence, the person who
  /// spoke in the sentence before.
  func quotedOpinions(
    _ cues: [Int], _ tokens: [Token], _ sentence: String, index: Int, found: [Statement],
    book: PartyBook, context: SpeakerContext
  ) -> [Statement] {
    guard !cues.isEmpty else { return [] }
    let person = { (id: String) in book.parties[id]?.kind == .person }
    var who = found.first(where: { $0.hasParty && person($0.party) })?.party
    if who == nil, found.isEmpty, let first = tokens.first,
      StatementContent.quoteMarks.contains(first.norm)
    {
      let last = [context.speaker[false], context.speaker[true]].compactMap { $0 }
        .max { $0.sentence < $1.sentence }
      if let last, last.sentence == index - 1 { who = last.id }
    }
    guard let who else { return [] }
    return cues.map { i in
      Statement(
        party: who, speaker: book.parties[who]?.name, cue: String(tokens[i].text),
        stance: .assert,
        text: StatementContent.text(
          tokens, sentence, cue: i..<(i + 1), role: .verb, speaker: nil),
        target: nil, sentence: index, speakerText: nil)
    }
  }
}
