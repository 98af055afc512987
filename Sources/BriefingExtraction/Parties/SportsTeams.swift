/// The states an article names as sports teams. In a match report ("Sweden defeated South Korea
/// 1 – 0", "Group G — Belgium 3 – 0 Panama", "Tunisia's goalkeeper") a country's name stands for
/// its national team, an organisation, at every mention (as GUM and most NER schemes mark it).
/// Only an article that reports a result (a score beside a state or after "won", "defeated") is
/// read as a match report, and only a state or place seen in a team's frame there is a team.
enum SportsTeams {
  /// Verbs that join two teams: "Sweden defeated South Korea", "Tunisia lost 1 – 2 to England".
  static let matchVerbs: WordSet = [
    "beat", "beats", "defeated", "defeats", "drew", "draws", "tied", "ties", "edged", "edges",
    "thrashed", "thrashes", "routed", "hammered", "crushed", "stunned", "upset", "eliminated",
    "lost", "loses", "faced", "faces", "played", "plays", "overcame", "overcomes", "knocked",
  ]

  /// Roles a team has and a state has not: "Tunisia's goalkeeper", "Panama coach".
  static let teamRoles: WordSet = [
    "goalkeeper", "keeper", "coach", "striker", "defender", "midfielder", "winger", "captain",
    "manager", "squad", "lineup", "line-up", "forward", "goalscorer",
  ]

  /// The states and places that are teams in this article, from every sentence's tokens and
  /// parties: a state by its id, a place the gazetteer holds no state for ("England") by
  /// `placeKey(_:)`.
  static func states(_ sentences: [(tokens: [Token], parties: SentenceParties)]) -> Set<String> {
    // A sentence's sides are gathered only if it holds a score at all (`hasResult` finds none
    // without one), not for every sentence of every article.
    guard
      sentences.contains(where: { s in
        s.tokens.indices.contains { isScore(at: $0, s.tokens) }
          && hasResult(s.tokens, sides(s.parties))
      })
    else { return [] }
    var teams: Set<String> = []
    for (tokens, parties) in sentences {
      let sides = sides(parties)
      for side in sides where isTeam(side.1, tokens, sides) { teams.insert(side.0) }
    }
    return teams
  }

  /// A sentence's states and places, each with its key in the set `states(_:)` returns.
  private static func sides(_ parties: SentenceParties) -> [(String, Range<Int>)] {
    parties.mentions.filter { $0.kind == .state && !$0.embedded }.map { ($0.id, $0.tokens) }
      + parties.places.map { (placeKey($0.name), $0.tokens) }
  }

  /// Whether a sentence reports a result: a score right after a state or place, before one, or
  /// after a match verb ("Belgium 3 – 0 Panama", "won 2-1"). A range ("aged 8–10") is none.
  static func hasResult(_ tokens: [Token], _ sides: [(String, Range<Int>)]) -> Bool {
    tokens.indices.contains { i in
      guard isScore(at: i, tokens) else { return false }
      if i > 0, matchVerbs.contains(tokens[i - 1].norm) || resultWords.contains(tokens[i - 1].norm)
      {
        return true
      }
      return sides.contains { $0.1.upperBound == i || $0.1.lowerBound == i + 3 }
    }
  }

  /// Words right before a score that make it a result ("won 2-1", "winning 2 – 1").
  static let resultWords: WordSet = ["won", "win", "wins", "winning", "losing"]

  /// The key of a place in the set `states(_:)` returns.
  static func placeKey(_ name: String) -> String { "place:" + name }

  /// A score starts at `i`: two small numbers joined by a dash.
  static func isScore(at i: Int, _ tokens: [Token]) -> Bool {
    i + 2 < tokens.count && tokens[i].isWord && isGoals(tokens[i].norm)
      && isDash(tokens[i + 1].norm)
      && tokens[i + 2].isWord && isGoals(tokens[i + 2].norm)
  }

  /// At most two characters, all numbers; an ASCII word is checked on its bytes.
  private static func isGoals(_ norm: String) -> Bool {
    let utf8 = norm.utf8
    // Read in place when the word is ASCII (nearly every word; the view's iterator walked it
    // byte by byte); other words go on to the test below.
    if let ascii = utf8.withContiguousStorageIfAvailable({ b -> Bool? in
      for x in b where x >= 0x80 { return nil }
      return b.count <= 2 && b.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }), let ascii {
      return ascii
    }
    if utf8.allSatisfy({ $0 < 0x80 }) {
      return utf8.count <= 2 && utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
    return norm.count <= 2 && norm.allSatisfy(\.isNumber)
  }

  private static func isDash(_ norm: String) -> Bool { dashes.contains(norm) }

  private static let dashes: WordSet = ["-", "–", "—"]

  /// A state or place (`tokens`) in a team's frame: beside a score, joined to another side
  /// by a match verb, or with a team's role after it.
  private static func isTeam(
    _ side: Range<Int>, _ tokens: [Token], _ sides: [(String, Range<Int>)]
  ) -> Bool {
    let (start, end) = (side.lowerBound, side.upperBound)
    // "Belgium 3 – 0 Panama", "Sweden defeated South Korea 1 – 0".
    if isScore(at: end, tokens) || (start >= 3 && isScore(at: start - 3, tokens)) { return true }
    guard end < tokens.count else { return false }
    // "Tunisia's goalkeeper", "Panama coach".
    var k = end
    if tokens[k].norm == "'s" { k += 1 }
    if k < tokens.count, teamRoles.contains(tokens[k].norm) { return true }
    // "Belgium defeated debutants Panama", "Tunisia lost 1 – 2 to England".
    guard matchVerbs.contains(tokens[end].norm),
      let other = sides.map(\.1).filter({ $0.lowerBound > end }).min(by: {
        $0.lowerBound < $1.lowerBound
      }),
      other.lowerBound - end <= 6,
      tokens[(end + 1)..<other.lowerBound].allSatisfy({ !$0.isCapitalized })
    else { return false }
    return true
  }
}
