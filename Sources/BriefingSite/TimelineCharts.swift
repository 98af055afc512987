import BriefingModels

/// A strip of the timeline's events over time: one bar per day, week or month, as tall as the
/// number of events in it.
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
    let desc =
      "\(SVG.plural(dates.count, "dated event")) from \(DateLabel.format(first)) to \(DateLabel.format(last)), "
      + "counted per \(bins.unit.rawValue). The busiest \(bins.unit.rawValue) is \(bins.label(busiest)) with \(SVG.plural(peak, "event"))."
    var out = SVG.open(
      width: Int(width), height: Int(height), idPrefix: idPrefix, title: "Events over time",
      desc: desc, className: "strip")
    out +=
      "<line x1=\"0\" y1=\"\(SVG.n(base))\" x2=\"\(SVG.n(width))\" y2=\"\(SVG.n(base))\" class=\"axis\"/>"
    for (i, c) in counts.enumerated() where c > 0 {
      let h = max(2, (base - top) * Double(c) / Double(peak))
      out +=
        "<rect x=\"\(SVG.n(Double(i) * step + step * 0.1))\" y=\"\(SVG.n(base - h))\" width=\"\(SVG.n(max(1, step * 0.8)))\" height=\"\(SVG.n(h))\" class=\"bar\"><title>\(HTMLEscaper.escape("\(bins.label(i)): \(SVG.plural(c, "event"))"))</title></rect>"
    }
    out += SVG.text(DateLabel.format(first), x: 0, y: 100)
    if last != first { out += SVG.text(DateLabel.format(last), x: width, y: 100, anchor: "end") }
    return out
      + SVG.close(
        caption:
          "Events per \(bins.unit.rawValue); the tallest bar is \(SVG.plural(peak, "event")).")
  }
}

/// One article's events placed on the corpus timeline: every corpus event a small tick, this
/// article's events (and the timeline entries it is a source of) as dots.
struct PlacementChart {
  var corpus: [SiteIndex.Entry]
  var highlighted: Set<String>
  /// Dates of this article's own events.
  var own: [CalendarDate]
  var idPrefix: String

  func svg() -> String? {
    let all = corpus.compactMap(\.date.start) + own
    guard let first = all.min(), let last = all.max() else { return nil }
    let mine = (own + corpus.filter { highlighted.contains($0.entry.id) }.compactMap(\.date.start))
    let mineDays = Set(mine.map(\.dayNumber)).sorted()
    guard !mineDays.isEmpty else { return nil }
    let width = 720.0
    let span = Double(max(1, last.dayNumber - first.dayNumber))
    func x(_ d: CalendarDate) -> Double {
      10 + (width - 20) * Double(d.dayNumber - first.dayNumber) / span
    }
    let labels = mineDays.prefix(6).map { DateLabel.format(CalendarDate(dayNumber: $0)) }
    let desc =
      "This article's events fall on \(SVG.plural(mineDays.count, "day")) (\(labels.joined(separator: ", "))\(mineDays.count > 6 ? ", …" : "")), "
      + "shown among the corpus timeline's \(SVG.plural(corpus.count, "event")) from \(DateLabel.format(first)) to \(DateLabel.format(last))."
    var out = SVG.open(
      width: Int(width), height: 70, idPrefix: idPrefix, title: "This briefing on the timeline",
      desc: desc, className: "placement")
    out += "<line x1=\"10\" y1=\"30\" x2=\"\(SVG.n(width - 10))\" y2=\"30\" class=\"axis\"/>"
    for day in Set(corpus.compactMap(\.date.start?.dayNumber)).sorted() {
      let px = SVG.n(x(CalendarDate(dayNumber: day)))
      out += "<line x1=\"\(px)\" y1=\"22\" x2=\"\(px)\" y2=\"38\" class=\"tick\"/>"
    }
    for day in mineDays {
      let d = CalendarDate(dayNumber: day)
      out +=
        "<circle cx=\"\(SVG.n(x(d)))\" cy=\"30\" r=\"6\" class=\"dot\"><title>\(HTMLEscaper.escape(DateLabel.format(d)))</title></circle>"
    }
    out += SVG.text(DateLabel.format(first), x: 10, y: 60)
    if last != first {
      out += SVG.text(DateLabel.format(last), x: width - 10, y: 60, anchor: "end")
    }
    return out
      + SVG.close(caption: "Dots: this briefing's events. Ticks: all events on the timeline.")
  }
}
