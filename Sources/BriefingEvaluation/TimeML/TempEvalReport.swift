import Foundation

/// Prints TempEval-3 figures and, for development, the errors grouped by kind.
public enum TempEvalReport {
  public static func figures(_ s: TempEvalScore, documents: Int) -> String {
    func f(_ x: Double) -> String { String(format: "%.4f", x) }
    return """
      documents \(documents), gold timexes \(s.goldCount), system timexes \(s.systemCount)
                      precision  recall     F1
      strict span     \(f(s.strictPrecision))     \(f(s.strictRecall))     \(f(s.strictF1))
      relaxed span    \(f(s.relaxedPrecision))     \(f(s.relaxedRecall))     \(f(s.relaxedF1))
      type accuracy   \(f(s.typeAccuracy))   type F1   \(f(s.typeF1))
      value accuracy  \(f(s.valueAccuracy))   value F1  \(f(s.valueF1))
      """
  }

  /// Up to `limit` errors of each kind, one a line: kind, document, gold, system, context.
  public static func errors(
    _ errors: [TempEvalError], limit: Int, kinds: Set<TempEvalError.Kind>? = nil
  )
    -> String
  {
    var lines: [String] = []
    for kind in TempEvalError.Kind.allCases where kinds?.contains(kind) ?? true {
      let ofKind = errors.filter { $0.kind == kind }
      lines.append("== \(kind.rawValue) (\(ofKind.count))")
      for e in ofKind.prefix(limit) {
        let g = e.gold.map { "\"\($0.text)\" \($0.type.rawValue) \($0.value)" } ?? "-"
        let t = e.system.map { "\"\($0.text)\" \($0.type.rawValue) \($0.value)" } ?? "-"
        lines.append("\(e.document)\tgold \(g)\tsys \(t)\t| \(e.context)")
      }
    }
    return lines.joined(separator: "\n")
  }
}
