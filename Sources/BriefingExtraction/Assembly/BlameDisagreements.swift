import BriefingModels

/// Who failed: one side says the other did it (or failed to do it), and the other side
/// denies it, about the same day's happening ("Kyiv failed to show up" against "no date was
/// agreed").
///
/// Kept narrow on purpose. A blaming claim is an accusation statement aimed at the other side,
/// or a statement that says the other side (named in its sentence, and the only other side
/// there) failed, postponed or did not come. A denial is a denial statement aimed at the
/// blaming side. Both must be tied to the same day: the sentence (or the one before it, which
/// a reply follows) reports an event of the article dated to that day. A disagreement needs
/// at least one blaming claim and one denial from different articles.
enum BlameDisagreements {
  /// Words of a statement that say someone failed to do their part.
  static let failures = [
    "failed to", "failing to", "fail to", "postponed", "postponing", "did not show",
    "did not turn up", "did not come", "did not appear", "no-show", "derailed", "sabotag",
    "reneged", "refused to", "walked out",
  ]

  private struct Side: Hashable {
    var day: String
    var blamer: String
    var blamed: String
  }

  /// A side of the argument as one article takes it (a value, not a printed description:
  /// printing the struct by reflection cost 50,000 instructions a claim).
  private struct SideTaken: Hashable {
    var side: Side
    var blames: Bool
  }

  /// A claim before its text: the statement's sentence is quoted only for the claims of a
  /// disagreement found (most sides are taken by one article), so the rule reads no other
  /// briefing's sentences.
  private struct Claim {
    var claim: Disagreement.Claim
    var entry: Int
    var blames: Bool
    /// The statement's own text, quoted when its sentence is not known.
    var statement: String
  }

  static func disagreements(_ r: Reports) -> [DisagreementFinder.Found] {
    var found: [Side: [Claim]] = [:]
    var order: [Side] = []
    // In article order; only briefings with a blaming or denying statement have claims.
    let blaming = r.facts.filter { !$0.value.blames.isEmpty }.keys.sorted()
    for article in blaming {
      guard let b = r.briefings[article] else { continue }
      var seen: Set<SideTaken> = []
      for fact in r.facts[article]?.blames ?? [] {
        let (s, blames) = (b.statements[fact.statement], fact.blames)
        guard let entry = anchor(s.sentence, b, r) else { continue }
        let key = Side(day: r.timeline[entry].date.value, blamer: fact.blamer, blamed: fact.blamed)
        // One claim per article and side of the argument.
        guard seen.insert(SideTaken(side: key, blames: blames)).inserted else { continue }
        if found[key] == nil { order.append(key) }
        found[key, default: []].append(
          Claim(
            claim: .init(
              article: article, source: r.sourceName(article), sentence: s.sentence, text: "",
              value: Reports.shortened(s.text), party: s.party),
            entry: entry, blames: blames, statement: s.text))
      }
    }
    return order.compactMap { key in
      let claims = found[key]!
      let blaming = Set(claims.filter(\.blames).map(\.claim.article))
      let denying = Set(claims.filter { !$0.blames }.map(\.claim.article))
      guard !blaming.isEmpty, !denying.isEmpty, blaming.union(denying).count > 1 else {
        return nil
      }
      // Blaming claims first, then denials; each in article order.
      let ordered = claims.filter(\.blames) + claims.filter { !$0.blames }
      let entries = ordered.map(\.entry)
      let first = r.timeline[entries.min()!]
      let day = Reports.dayText(key.day) ?? key.day
      return .init(
        kind: .actor,
        subject: "the \(Reports.noun(first.kind)) of \(day) (\(r.name(key.blamer)) blames "
          + "\(r.name(key.blamed)), which denies it)",
        entries: entries,
        claims: ordered.map {
          var claim = $0.claim
          claim.text = r.sentence(claim.article, claim.sentence) ?? $0.statement
          return claim
        })
    }
  }

  /// The statements of `b` that blame or deny blame, in order (see ``BriefingFacts``).
  static func facts(of b: Briefing, sides: PartySides) -> [BriefingFacts.BlameFact] {
    b.statements.enumerated().compactMap { i, s in
      reading(s, b, sides).map {
        .init(statement: i, blamer: $0.sides.0, blamed: $0.sides.1, blames: $0.blames)
      }
    }
  }

  /// Whether `s` blames (true) or denies blame (false), and the sides (blamer, blamed).
  private static func reading(_ s: Statement, _ b: Briefing, _ sides: PartySides)
    -> (sides: (String, String), blames: Bool)?
  {
    guard s.hasParty else { return nil }
    let speaker = sides.root(s.party)
    switch s.stance {
    case .accuse:
      guard let target = s.target.map(sides.root), target != speaker else { return nil }
      return ((speaker, target), true)
    case .deny:
      guard let target = s.target.map(sides.root), target != speaker else { return nil }
      return ((target, speaker), false)
    case .assert, .other:
      guard saysFailure(s.text.lowercased()) else { return nil }
      var others: Set<String> = []
      for p in b.parties where p.mentions.contains(where: { $0.sentence == s.sentence }) {
        let side = sides.root(p.id)
        if side != speaker { others.insert(side) }
      }
      guard others.count == 1, let blamed = others.first else { return nil }
      return ((speaker, blamed), true)
    case .commit, .demand:
      return nil
    }
  }

  /// Whether `lower` (a statement's lower-cased text) holds one of ``failures``.
  ///
  /// Searched byte by byte first. In ASCII text that finds exactly what Foundation's `contains`
  /// finds. In other text a phrase (lower-case ASCII letters, spaces, a hyphen) has no other
  /// spelling under canonical equivalence, so where the bytes hold none Foundation finds none
  /// either; only a text whose bytes hold one goes through Foundation's search (which also
  /// asks that no combining mark follows). Foundation's search over every statement was 2.5 G
  /// of the 21 G instructions of a one-edit `generate` of the 1,000-article benchmark corpus
  /// (Benchmarks/LOG.md, 2026-12-05).
  static func saysFailure(_ lower: String) -> Bool {
    let bytes =
      lower.utf8.withContiguousStorageIfAvailable { text in
        failureBytes.contains { phrase in
          guard phrase.count <= text.count else { return false }
          var start = 0
          while start <= text.count - phrase.count {
            if text[start] == phrase[0] {
              var k = 1
              while k < phrase.count && text[start + k] == phrase[k] { k += 1 }
              if k == phrase.count { return true }
            }
            start += 1
          }
          return false
        }
      }
    guard let found = bytes else { return failures.contains(where: lower.contains) }
    guard found else { return false }
    if lower.utf8.allSatisfy({ $0 < 0x80 }) { return true }
    return failures.contains(where: lower.contains)
  }

  private static let failureBytes = failures.map { Array($0.utf8) }

  /// The timeline entry of a day-dated event of the article in sentence `i` or the one before.
  private static func anchor(_ i: Int, _ b: Briefing, _ r: Reports) -> Int? {
    for sentence in [i, i - 1] {
      for e in b.events where e.sentence == sentence && e.date.precision == .day {
        if let entry = r.entryOfEvent[b.article.id]?[e.id] { return entry }
      }
    }
    return nil
  }
}
