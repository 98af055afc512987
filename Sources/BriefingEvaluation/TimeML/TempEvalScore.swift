/// The TempEval-3 figures for a tagger on a corpus: strict and relaxed span precision,
/// recall and F1, and type and value accuracy over relaxed matches.
public struct TempEvalScore: Sendable, Codable, Hashable {
  public var goldCount = 0
  public var systemCount = 0
  /// System expressions whose extent equals a gold one, and gold ones matched so.
  public var strictSystemMatches = 0
  public var strictGoldMatches = 0
  /// System expressions overlapping a gold one, and gold ones overlapped so.
  public var relaxedSystemMatches = 0
  public var relaxedGoldMatches = 0
  /// Gold–system pairs (each gold with its best overlapping system expression).
  public var pairs = 0
  public var typeCorrect = 0
  public var valueCorrect = 0

  public init() {}

  static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
  static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

  public var strictPrecision: Double { Self.ratio(strictSystemMatches, systemCount) }
  public var strictRecall: Double { Self.ratio(strictGoldMatches, goldCount) }
  public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
  public var relaxedPrecision: Double { Self.ratio(relaxedSystemMatches, systemCount) }
  public var relaxedRecall: Double { Self.ratio(relaxedGoldMatches, goldCount) }
  public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
  public var typeAccuracy: Double { Self.ratio(typeCorrect, pairs) }
  public var valueAccuracy: Double { Self.ratio(valueCorrect, pairs) }
  /// Attribute F1 as TempEval-3 defines it: relaxed F1 × attribute accuracy.
  public var typeF1: Double { relaxedF1 * typeAccuracy }
  public var valueF1: Double { relaxedF1 * valueAccuracy }

  public static func + (a: TempEvalScore, b: TempEvalScore) -> TempEvalScore {
    var s = a
    s.goldCount += b.goldCount
    s.systemCount += b.systemCount
    s.strictSystemMatches += b.strictSystemMatches
    s.strictGoldMatches += b.strictGoldMatches
    s.relaxedSystemMatches += b.relaxedSystemMatches
    s.relaxedGoldMatches += b.relaxedGoldMatches
    s.pairs += b.pairs
    s.typeCorrect += b.typeCorrect
    s.valueCorrect += b.valueCorrect
    return s
  }
}
