import BriefingModels

/// A strip of the timeline's events over time: one bar per day, week or month, as tall as the
/// number of events in it. The bars are one `<path>`; the `<desc>` gives each bar's count, so a
/// screen reader reads the numbers that a `<rect>` and `<title>` per bar (150 bytes each)
/// carried before.
struct TimelineStrip {
  var entries: [SiteIndex.Entry]
  var idPrefix: String

  func svg() -> String? {
    let dates = entries.compactMap(\.date.start)
    guard let first = dates.min(), let last = dates.max() else { return nil }
    let bins = TimeBins(from: first, to: last)
    var counts = [Int](repeating: 0, count: bins.starts.count)
    for d in dates { counts[bins.bin(of: d)] += 1 }
    let peak = counts.max() ?? 1
    let busiest = counts.firstIndex(of: peak) ?? 0
    let width = 720.0
    let height = 110.0
    let top = 8.0
    let base = 80.0
    let step = width / Double(counts.count)
    var bars = ""
    var perBin: [String] = []
    for (i, c) in counts.enumerated() where c > 0 {
      let h = max(2, (base - top) * Double(c) / Double(peak))
      let w = SVG.n(max(1, step * 0.8))
      bars += "M\(SVG.n(Double(i) * step + step * 0.1)) \(SVG.n(base - h))h\(w)v\(SVG.n(h))h-\(w)z"
      perBin.append("\(bins.shortLabel(i)), \(c)")
    }
    let desc =
      "\(SVG.plural(dates.count, "dated event")) from \(DateLabel.format(first)) to \(DateLabel.format(last)), "
      + "counted per \(bins.unit.rawValue). The busiest \(bins.unit.rawValue) is \(bins.label(busiest)) with \(SVG.plural(peak, "event")). "
      + "Events per \(bins.unit.rawValue)\(bins.unit == .week ? " by its first day" : ""): "
      + perBin.joined(separator: "; ") + "."
    var out = SVG.open(
      width: Int(width), height: Int(height), idPrefix: idPrefix, title: "Events over time",
      desc: desc, className: "strip")
    out +=
      "<line x1=\"0\" y1=\"\(SVG.n(base))\" x2=\"\(SVG.n(width))\" y2=\"\(SVG.n(base))\" class=\"axis\"/>"
    if !bars.isEmpty { out += "<path d=\"\(bars)\" class=\"bar\"/>" }
    out += SVG.text(DateLabel.format(first), x: 0, y: 100)
    if last != first { out += SVG.text(DateLabel.format(last), x: width, y: 100, anchor: "end") }
    return out
      + SVG.close(
        caption:
          "Events per \(bins.unit.rawValue); the tallest bar is \(SVG.plural(peak, "event")).")
  }
}
