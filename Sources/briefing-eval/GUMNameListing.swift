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

  /// `briefing-eval gum --compare`: the spans where the extraction and the raw tagger differ,
  /// one line each: `RAW+` the tagger's span is right and the extraction's is not, `EXT+` the
  /// reverse, `BOTH-` both wrong; with the text around it.
  static func compare(_ doc: GUMDocument, extracted: [NameSpan], tagged: [NameSpan]) {
    let gold = doc.flatMentions.map {
      NameSpan(start: $0.start, end: $0.end, kind: NameKind(rawValue: $0.kind.rawValue)!)
    }
    let goldSet = Set(gold)
    func show(_ s: NameSpan?) -> String {
      guard let s else { return "-" }
      return "\(s.kind.rawValue.prefix(3)):\(doc.slice(s.start, s.end))"
    }
    func around(_ s: NameSpan) -> String {
      let text = doc.slice(max(0, s.start - 40), s.start) + "[" + doc.slice(s.start, s.end) + "]"
      return text.replacingOccurrences(of: "\n", with: " ")
    }
    var seen: Set<NameSpan> = []
    for s in (gold + extracted + tagged).sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
      guard !seen.contains(where: { $0.start < s.end && s.start < $0.end }) else { continue }
      // The cluster of overlapping spans around this one.
      var lo = s.start
      var hi = s.end
      var changed = true
      while changed {
        changed = false
        for x in gold + extracted + tagged
        where x.start < hi && lo < x.end && (x.start < lo || x.end > hi) {
          lo = min(lo, x.start)
          hi = max(hi, x.end)
          changed = true
        }
      }
      let inCluster = { (list: [NameSpan]) in list.filter { $0.start < hi && lo < $0.end } }
      let g = inCluster(gold)
      let e = inCluster(extracted)
      let t = inCluster(tagged)
      for x in g + e + t { seen.insert(x) }
      guard Set(e) != Set(t) else { continue }
      let eRight =
        e.filter { goldSet.contains($0) }.count - e.filter { !goldSet.contains($0) }.count
      let tRight =
        t.filter { goldSet.contains($0) }.count - t.filter { !goldSet.contains($0) }.count
      let mark = eRight == tRight ? "SAME " : (tRight > eRight ? "RAW+ " : "EXT+ ")
      Swift.print(
        "\(mark)\(doc.name)\tgold \(g.map { show($0) }.joined(separator: " | "))\text \(e.map { show($0) }.joined(separator: " | "))\traw \(t.map { show($0) }.joined(separator: " | "))\t…\(around(NameSpan(start: lo, end: hi, kind: .person)))"
      )
    }
  }
}
