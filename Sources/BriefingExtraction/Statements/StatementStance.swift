import BriefingModels

/// What kind of claim a statement makes (assert, deny, accuse, commit, demand): the reporting
/// cue's own stance, refined by the words of what was said.
extension StatementFinder {
  /// The stance: the cue's own, refined by what follows it ("reiterated … commitment" commits,
  /// "replied that no date had been agreed" denies, "called the proposals an ultimatum" accuses).
  func stanceOf(
    _ cue: ReportingCues.Cue, at i: Int, end: Int, _ tokens: [Token], speaker: PartyMention,
    actors: [PartyMention], book: PartyBook
  ) -> Statement.Stance {
    let near = tokens[end..<min(tokens.count, end + 8)].map(\.norm)
    // What was said, up to the next reporting word of the sentence.
    var stop = min(tokens.count, end + 20)
    for k in end..<stop where tokens[k].norm == ";" || ReportingCues.cue(at: k, tokens) != nil {
      stop = k
      break
    }
    let clause = tokens[end..<stop].map(\.norm)
    let word = tokens[i].norm
    if cue.words == ["called"], near.contains(where: ReportingCues.accusingLabels.contains) {
      return .accuse
    }
    if cue.stance == .other, ["responded", "replied", "responds", "replies"].contains(word),
      clause.contains(where: ReportingCues.negations.contains)
    {
      return .deny
    }
    guard cue.stance == .assert, cue.role == .verb else { return cue.stance }
    if clause.contains(where: ReportingCues.demandWords.contains) { return .demand }
    // An accusation: blame words about another party ("Russia was playing games").
    let others = actors.filter {
      $0.tokens.lowerBound >= end && $0.tokens.lowerBound < stop
        && !book.related($0.id, speaker.id, gazetteer: gazetteer)
    }
    if !others.isEmpty, clause.contains(where: ReportingCues.blameWords.contains) { return .accuse }
    // A commitment: readiness words, or "will"/"would" said of the speaker's own side.
    if clause.contains(where: ReportingCues.readinessWords.contains) { return .commit }
    for k in end..<stop where ["will", "would"].contains(tokens[k].norm) && k > end {
      let subject = tokens[k - 1].norm
      if ["it", "we", "he", "she", "they", "i"].contains(subject) { return .commit }
      if let m = actors.first(where: { $0.tokens.upperBound == k }),
        book.related(m.id, speaker.id, gazetteer: gazetteer)
      {
        return .commit
      }
    }
    return .assert
  }
}
