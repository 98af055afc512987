import BriefingEvaluation
import BriefingExtraction

/// `briefing-eval gum --show DOC`: one document's gold and extracted names side by side, in text
/// order, to see where a name was missed, cut or typed wrong.
enum GUMNameListing {
  static func print(_ doc: GUMDocument, _ predicted: [NameSpan]) {
    struct Row {
      var start: Int
      var end: Int
      var line: String
    }
    var rows: [Row] = []
    let gold = doc.flatMentions
    for g in gold {
      let match = predicted.first { $0.start == g.start && $0.end == g.end }
      let mark = match == nil ? "MISS" : (match!.kind.rawValue == g.kind.rawValue ? "ok  " : "TYPE")
      rows.append(
        Row(start: g.start, end: g.end, line: "\(mark) gold \(g.kind.rawValue) \(g.text)"))
    }
    for p in predicted where !gold.contains(where: { $0.start == p.start && $0.end == p.end }) {
      rows.append(
        Row(
          start: p.start, end: p.end,
          line: "SPUR pred \(p.kind.rawValue) \(doc.slice(p.start, p.end))"))
    }
    for r in rows.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
      Swift.print("\(r.start)\t\(r.line)")
    }
  }
}
