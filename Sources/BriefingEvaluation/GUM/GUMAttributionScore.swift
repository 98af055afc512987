import Foundation

/// What `GUMAttributionScorer` counts: precision, recall and F1 at three levels, the content
/// overlap of the matches with the right speaker, and the mistakes.
public struct GUMAttributionScore: Sendable {
  /// How much of an attribution must be right for a match.
  public enum Level: String, Sendable, CaseIterable, Hashable {
    /// A statement in a sentence that overlaps the gold content.
    case found
    /// … whose party is the gold speaker (by span or by the speaker's chain of names).
    case speaker
    /// … whose content overlaps the gold content with a Dice coefficient of at least 0.5.
    case content
  }

  public var levels: [Level: PRF] = [:]
  /// The Dice overlap of content, per match with the right speaker.
  public var contentDice: [Double] = []
  public var mistakes: [GUMAttributionMistake] = []

  public init() {}

  public subscript(_ level: Level) -> PRF { levels[level] ?? PRF() }

  public var meanContentDice: Double {
    contentDice.isEmpty ? 0 : contentDice.reduce(0, +) / Double(contentDice.count)
  }

  public static func + (a: GUMAttributionScore, b: GUMAttributionScore) -> GUMAttributionScore {
    var c = GUMAttributionScore()
    for level in Level.allCases { c.levels[level] = a[level] + b[level] }
    c.contentDice = a.contentDice + b.contentDice
    c.mistakes = a.mistakes + b.mistakes
    return c
  }

  /// The figures as lines of a table.
  public func lines(title: String) -> [String] {
    func pct(_ x: Double) -> String { String(format: "%5.1f", x * 100) }
    var out = ["\(title)", "  level       P      R      F1    (matched/extracted, matched/gold)"]
    for level in Level.allCases {
      let p = self[level]
      out.append(
        "  \(level.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(pct(p.precision))  \(pct(p.recall))  \(pct(p.f1))   (\(p.matchedExtracted)/\(p.extracted), \(p.matchedGold)/\(p.gold))"
      )
    }
    out.append("  mean content Dice over right-speaker matches: \(pct(meanContentDice))")
    return out
  }
}

/// A gold attribution not found with its speaker, or a statement GUM does not have.
public struct GUMAttributionMistake: Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    case missing = "missing"
    case wrongSpeaker = "wrong speaker"
    case wrongContent = "wrong content"
    case spurious = "spurious"
  }

  public var kind: Kind
  public var document: String
  public var detail: String

  public var description: String { "\(document): \(kind.rawValue): \(detail)" }
}
