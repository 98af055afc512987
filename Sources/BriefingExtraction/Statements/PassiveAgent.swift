import BriefingModels

/// The agent of a passive cue ("was first reported by Reuters", "was hailed as fair by …").
extension StatementFinder {
  /// Where the agent of a passive cue begins, after its "by": "it is asserted by the Crown
  /// that …", "was first reported by Reuters", "were confirmed by police".
  func passiveAgent(at i: Int, end: Int, _ tokens: [Token]) -> Int? {
    guard i > 0, let by = Self.agentBy(after: end, tokens), by + 1 < tokens.count else {
      return nil
    }
    var k = i - 1
    while k > 0,
      tokens[k].norm.hasSuffix("ly") || ["also", "first", "later"].contains(tokens[k].norm)
    {
      k -= 1
    }
    return Self.passive.contains(tokens[k].norm) ? by + 1 : nil
  }

  /// The "by" that names a passive cue's agent: right after the cue, or past a short "as"
  /// phrase ("was hailed as fair by officials in …", "was described as a provocation by Kyiv").
  static func agentBy(after end: Int, _ tokens: [Token]) -> Int? {
    guard end < tokens.count else { return nil }
    if tokens[end].norm == "by" { return end }
    guard tokens[end].norm == "as" else { return nil }
    var k = end + 1
    while k < tokens.count, k - end <= 4, tokens[k].isWord || tokens[k].norm == "-" {
      if tokens[k].norm == "by" { return k > end + 1 ? k : nil }
      k += 1
    }
    return nil
  }
}
