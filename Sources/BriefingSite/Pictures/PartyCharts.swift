import BriefingModels

/// A party's statements per month, stacked by stance (assert, deny, accuse, commit, demand, other):
/// one `<path>` per stance, whose numbers the `<desc>` gives month by month.
struct StanceChart {
  var party: String
  var statements: [SiteIndex.StatementRef]
  var idPrefix: String

  func svg() -> String? {
    var months: [(label: String, key: String, counts: [Statement.Stance: Int])] = []
    for ref in statements {
      guard let d = ref.date.start else { continue }
      let key = String(d.iso.prefix(7))
      if months.last?.key != key {
        months.append(("\(DateLabel.months[d.month - 1].prefix(3)) \(d.year)", key, [:]))
      }
      months[months.count - 1].counts[ref.statement.stance, default: 0] += 1
    }
    guard !months.isEmpty else { return nil }
    let stances = Statement.Stance.allCases
    let peak = months.map { $0.counts.values.reduce(0, +) }.max() ?? 1
    let width = 720.0
    let top = 10.0
    let base = 150.0
    let step = min(100, (width - 20) / Double(months.count))
    // Few months: bars centred rather than crowded to the left.
    let left = (width - step * Double(months.count)) / 2
    let summary = months.map { m in
      "\(m.label): "
        + stances.compactMap { s in m.counts[s].map { "\($0) \(s.rawValue)" } }.joined(
          separator: ", ")
    }
    let total = statements.count
    let desc =
      "\(SVG.plural(total, "statement")) by \(party) per month, by stance. "
      + summary.joined(separator: "; ") + "."
    var out = SVG.open(
      width: Int(width), height: 210, idPrefix: idPrefix, title: "Statements by \(party) per month",
      desc: desc, className: "stances")
    out +=
      "<line x1=\"0\" y1=\"\(SVG.n(base))\" x2=\"\(SVG.n(width))\" y2=\"\(SVG.n(base))\" class=\"axis\"/>"
    var bars: [Statement.Stance: String] = [:]
    var labels = ""
    let w = SVG.n(step * 0.7)
    for (i, m) in months.enumerated() {
      var y = base
      let x = left + Double(i) * step
      for s in stances {
        guard let c = m.counts[s] else { continue }
        let bottom = y
        y -= (base - top) * Double(c) / Double(peak)
        // Whole numbers from the rounded ends, so stacked bars meet without a gap.
        let h = Int(bottom.rounded()) - Int(y.rounded())
        bars[s, default: ""] += "M\(SVG.n(x + step * 0.15)) \(SVG.n(y))h\(w)v\(h)h-\(w)z"
      }
      if months.count <= 12 || i % ((months.count + 11) / 12) == 0 {
        labels += SVG.text(m.label, x: x + step / 2, y: 168, anchor: "middle")
      }
    }
    for s in stances {
      if let d = bars[s] { out += "<path d=\"\(d)\" class=\"stance-\(s.rawValue)\"/>" }
    }
    out += labels
    // The legend names the stances drawn, no others.
    for (i, s) in stances.filter({ bars[$0] != nil }).enumerated() {
      let x = 10 + Double(i) * 118
      out +=
        "<rect x=\"\(SVG.n(x))\" y=\"186\" width=\"12\" height=\"12\" class=\"stance-\(s.rawValue)\"/>"
      out += SVG.text(s.rawValue, x: x + 18, y: 197)
    }
    return out + SVG.close(caption: "Statements per month, coloured by stance.")
  }
}

/// The parties a party appears with most (shared events, statements aimed either way); the bars
/// are one `<path>`, each labelled with its party and count in text.
struct CompanionChart {
  var party: String
  var companions: [(name: String, count: Int)]
  var idPrefix: String

  func svg() -> String? {
    guard let peak = companions.map(\.count).max(), peak > 0 else { return nil }
    let row = 26.0
    let labelWidth = 250.0
    let width = 720.0
    let height = row * Double(companions.count) + 10
    let desc =
      "\(party) appears most with "
      + companions.map { "\($0.name) (\($0.count))" }.joined(separator: ", ") + "."
    var out = SVG.open(
      width: Int(width), height: Int(height), idPrefix: idPrefix,
      title: "Parties \(party) appears with most", desc: desc, className: "companions")
    var bars = ""
    for (i, c) in companions.enumerated() {
      let y = 5 + Double(i) * row
      let name = c.name.count > 34 ? String(c.name.prefix(33)) + "…" : c.name
      out += SVG.text(name, x: labelWidth - 8, y: y + 17, anchor: "end")
      let w = (width - labelWidth - 50) * Double(c.count) / Double(peak)
      bars += "M\(SVG.n(labelWidth)) \(SVG.n(y + 4))h\(SVG.n(max(2, w)))v16H\(SVG.n(labelWidth))z"
      out += SVG.text(String(c.count), x: labelWidth + max(2, w) + 6, y: y + 17)
    }
    out += "<path d=\"\(bars)\" class=\"bar\"/>"
    return out + SVG.close(caption: "Shared events and statements, most frequent first.")
  }
}
