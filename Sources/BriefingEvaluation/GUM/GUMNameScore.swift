import BriefingExtraction
import Foundation

/// Precision, recall and F1 of named mentions per type, with exact spans and with overlapping
/// spans (a prediction counts if it overlaps a gold mention of the same type, and vice versa).
public struct GUMNameScore: Sendable {
  public struct Counts: Sendable {
    public var predicted = 0
    public var gold = 0
    public var exact = 0
    public var overlapPredicted = 0
    public var overlapGold = 0

    public var exactPrecision: Double { ratio(exact, predicted) }
    public var exactRecall: Double { ratio(exact, gold) }
    public var exactF1: Double { f1(exactPrecision, exactRecall) }
    public var overlapPrecision: Double { ratio(overlapPredicted, predicted) }
    public var overlapRecall: Double { ratio(overlapGold, gold) }
    public var overlapF1: Double { f1(overlapPrecision, overlapRecall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    private func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    mutating func add(_ o: Counts) {
      predicted += o.predicted
      gold += o.gold
      exact += o.exact
      overlapPredicted += o.overlapPredicted
      overlapGold += o.overlapGold
    }
  }

  /// One mistake: a gold name missed, a predicted one that is not gold, or a wrong type.
  public struct Error: Sendable, Hashable {
    public enum Kind: String, Sendable { case missed, spurious, type, span }
    public var kind: Kind
    public var text: String
    public var detail: String
  }

  public var byKind: [NameKind: Counts] = [:]
  public var errors: [Error] = []

  public init() {}

  public var all: Counts {
    var c = Counts()
    for k in NameKind.allCases { c.add(byKind[k] ?? Counts()) }
    return c
  }

  /// Adds one document: gold flat mentions against predictions.
  public mutating func add(gold: [GUMMention], predicted: [NameSpan], in doc: GUMDocument) {
    func overlaps(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Bool { a < d && c < b }
    let goldKinds = gold.map { NameKind(rawValue: $0.kind.rawValue)! }
    for k in NameKind.allCases {
      var c = Counts()
      let g = gold.indices.filter { goldKinds[$0] == k }.map { gold[$0] }
      let p = predicted.filter { $0.kind == k }
      c.gold = g.count
      c.predicted = p.count
      c.exact = p.filter { s in g.contains { $0.start == s.start && $0.end == s.end } }.count
      c.overlapPredicted =
        p.filter { s in g.contains { overlaps($0.start, $0.end, s.start, s.end) } }
        .count
      c.overlapGold =
        g.filter { m in p.contains { overlaps(m.start, m.end, $0.start, $0.end) } }
        .count
      byKind[k, default: Counts()].add(c)
    }
    for (n, m) in gold.enumerated() {
      if predicted.contains(where: {
        $0.start == m.start && $0.end == m.end && $0.kind == goldKinds[n]
      }) {
        continue
      }
      if let o = predicted.first(where: { overlaps(m.start, m.end, $0.start, $0.end) }) {
        let text = doc.slice(o.start, o.end)
        if o.kind != goldKinds[n] {
          errors.append(
            Error(kind: .type, text: m.text, detail: "\(m.kind.rawValue) as \(o.kind.rawValue)"))
        } else {
          errors.append(Error(kind: .span, text: m.text, detail: "as \"\(text)\""))
        }
      } else {
        errors.append(Error(kind: .missed, text: m.text, detail: m.kind.rawValue))
      }
    }
    for s in predicted where !gold.contains(where: { overlaps($0.start, $0.end, s.start, s.end) }) {
      errors.append(
        Error(kind: .spurious, text: doc.slice(s.start, s.end), detail: s.kind.rawValue))
    }
  }

  /// The figures as a table, one row per type and one for all.
  public func table(title: String) -> String {
    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    var lines = [
      "\(title)", "type          gold  pred | exact P / R / F1      | overlap P / R / F1",
    ]
    for (name, c) in NameKind.allCases.map({ ($0.rawValue, byKind[$0] ?? Counts()) }) + [
      ("all", all)
    ] {
      lines.append(
        name.padding(toLength: 12, withPad: " ", startingAt: 0)
          + String(format: " %5d %5d", c.gold, c.predicted)
          + " | \(f(c.exactPrecision)) \(f(c.exactRecall)) \(f(c.exactF1))"
          + " | \(f(c.overlapPrecision)) \(f(c.overlapRecall)) \(f(c.overlapF1))")
    }
    return lines.joined(separator: "\n")
  }

  /// The most common errors of each kind, with counts.
  public func commonErrors(limit: Int) -> String {
    var lines: [String] = []
    for kind in [Error.Kind.missed, .spurious, .type, .span] {
      var counts: [String: Int] = [:]
      for e in errors where e.kind == kind { counts["\(e.text) (\(e.detail))", default: 0] += 1 }
      let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        .prefix(limit)
      lines.append("\(kind.rawValue): \(counts.values.reduce(0, +))")
      for (k, v) in top { lines.append("  \(v)× \(k)") }
    }
    return lines.joined(separator: "\n")
  }
}
