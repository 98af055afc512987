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

/// One article's events placed on the corpus timeline: every day with corpus events a small
/// tick, the days of this article's events (its own and the timeline entries it reports) dots.
///
/// It names no corpus-wide count, so an event added by another article leaves every briefing
/// page as it was unless it widens the timeline or marks a new tick.
struct PlacementChart {
  /// The corpus part of the picture, the same on every briefing page: drawn once per site.
  struct Background: Sendable {
    var first: CalendarDate
    var last: CalendarDate
    var ticks: String

    /// The axis runs over `range` when given (the dates a chart shows), else over `days`.
    init?(days: [Int], range: ClosedRange<Int>? = nil) {
      guard let lo = range?.lowerBound ?? days.min(), let hi = range?.upperBound ?? days.max()
      else { return nil }
      first = CalendarDate(dayNumber: lo)
      last = CalendarDate(dayNumber: hi)
      // One tick per pixel column at most, and columns that touch drawn as one band, all in
      // one path: small on every briefing page even when the corpus has events on most days.
      var columns = Set<Int>()
      for day in days { columns.insert(Int(PlacementChart.x(day, first: lo, last: hi).rounded())) }
      var path = ""
      // Consecutive days touch: on a short axis, where a day is several pixels wide, a run of
      // days is one band rather than a tick each.
      let perDay = (PlacementChart.width - 20) / Double(max(1, hi - lo))
      for run in Self.runs(columns.sorted(), gap: max(2, Int(perDay.rounded(.up)) + 1)) {
        path +=
          run.lowerBound == run.upperBound
          ? "M\(run.lowerBound) 22v16"
          : "M\(run.lowerBound) 22H\(run.upperBound)v16H\(run.lowerBound)z"
      }
      let ticks = path.isEmpty ? "" : "<path d=\"\(path)\" class=\"tick\"/>"
      self.ticks = ticks
    }

    /// Sorted columns grouped into runs whose neighbours are at most 2 apart (ticks are 2 wide,
    /// so those touch anyway).
    static func runs(_ columns: [Int], gap: Int = 2) -> [ClosedRange<Int>] {
      var runs: [ClosedRange<Int>] = []
      for c in columns {
        if let last = runs.last, c - last.upperBound <= gap {
          runs[runs.count - 1] = last.lowerBound...c
        } else {
          runs.append(c...c)
        }
      }
      return runs
    }

    func covers(_ days: [Int]) -> Bool {
      days.allSatisfy { $0 >= first.dayNumber && $0 <= last.dayNumber }
    }
  }

  static let width = 720.0

  static func x(_ day: Int, first: Int, last: Int) -> Double {
    10 + (width - 20) * Double(day - first) / Double(max(1, last - first))
  }

  var background: Background
  /// Days (day numbers) of this article's events.
  var days: [Int]
  var idPrefix: String

  /// The dates a briefing's picture shows: its own days and a margin either side (a tenth of
  /// their span, at least a week), so its dots spread over the axis instead of sitting at one
  /// end of the whole site's timeline.
  static func window(_ days: [Int]) -> ClosedRange<Int>? {
    guard let lo = days.min(), let hi = days.max() else { return nil }
    let pad = max(7, (hi - lo) / 10)
    return (lo - pad)...(hi + pad)
  }

  /// The days of `sorted` (ascending) within `range`, found by bisection.
  static func days(_ sorted: [Int], in range: ClosedRange<Int>) -> ArraySlice<Int> {
    func start(_ day: Int) -> Int {
      var lo = 0
      var hi = sorted.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if sorted[mid] < day { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    return sorted[start(range.lowerBound)..<start(range.upperBound + 1)]
  }

  /// A briefing's picture: its days on an axis over ``window(_:)``, with the site's days in
  /// that window as ticks (`corpusDays` sorted, distinct). Nil when it has no dated event.
  init?(corpusDays: [Int], days: [Int], idPrefix: String) {
    let mine = Set(days).sorted()
    guard let range = Self.window(mine),
      let b = Background(days: Array(Self.days(corpusDays, in: range)) + mine, range: range)
    else { return nil }
    background = b
    self.days = mine
    self.idPrefix = idPrefix
  }

  /// The picture, or nil when the article has no dated event. `background` is redrawn to
  /// include the article's days when they fall outside it.
  init?(background: Background?, corpusDays: [Int], days: [Int], idPrefix: String) {
    let mine = Set(days).sorted()
    guard !mine.isEmpty else { return nil }
    if let background, background.covers(mine) {
      self.background = background
    } else {
      guard let b = Background(days: corpusDays + mine) else {
        return nil
      }
      self.background = b
    }
    self.days = mine
    self.idPrefix = idPrefix
  }

  /// Days whose dots would overlap drawn as one: bigger the more days it holds, and saying
  /// how many in its title, so close days read as a cluster rather than a blob.
  struct Dot: Equatable {
    var x: Double
    var first: Int
    var last: Int
    var days: Int

    var radius: Double { min(12, 6 * Double(days).squareRoot()) }

    var title: String {
      let from = DateLabel.format(CalendarDate(dayNumber: first))
      return days == 1
        ? from
        : "\(days) days with events, \(from) to \(DateLabel.format(CalendarDate(dayNumber: last)))"
    }
  }

  /// The dots for `days` (sorted, distinct): a day joins the dot before it when it would be
  /// drawn less than one dot's width from that dot's first day.
  static func dots(_ days: [Int], first: Int, last: Int) -> [Dot] {
    var dots: [Dot] = []
    var startX = 0.0
    for day in days {
      let x = Self.x(day, first: first, last: last)
      if var dot = dots.last, x - startX < 12 {
        dot.last = day
        dot.days += 1
        dot.x = (startX + x) / 2
        dots[dots.count - 1] = dot
      } else {
        startX = x
        dots.append(Dot(x: x, first: day, last: day, days: 1))
      }
    }
    return dots
  }

  func svg() -> String {
    let b = background
    // The days themselves are the key dates listed under the picture: the words give the span.
    let first = DateLabel.format(CalendarDate(dayNumber: days[0]))
    let last = DateLabel.format(CalendarDate(dayNumber: days[days.count - 1]))
    let span = days.count == 1 ? first : "\(SVG.plural(days.count, "day")) from \(first) to \(last)"
    let desc =
      "This article's events fall on \(span) (listed below), shown on the timeline from "
      + "\(DateLabel.format(b.first)) to \(DateLabel.format(b.last))."
    var out = SVG.open(
      width: Int(Self.width), height: 70, idPrefix: idPrefix,
      title: "This briefing on the timeline", desc: desc,
      className: "placement")
    out += "<line x1=\"10\" y1=\"30\" x2=\"\(SVG.n(Self.width - 10))\" y2=\"30\" class=\"axis\"/>"
    out += b.ticks
    // A dot of one day is one of the key dates listed under the picture: all of them are one
    // path, each a zero-length stroke drawn round and 12 wide (`M94 30h0`, 8 bytes where an arc
    // pair took 38); the stroke is in the path too, so the dots show without the stylesheet.
    // A dot of several days says which in its title.
    var single = ""
    for dot in Self.dots(days, first: b.first.dayNumber, last: b.last.dayNumber) {
      if dot.days == 1 {
        single += "M\(SVG.n(dot.x)) 30h0"
      } else {
        out +=
          "<circle cx=\"\(SVG.n(dot.x))\" cy=\"30\" r=\"\(SVG.n(dot.radius))\" class=\"dot\"><title>\(HTMLEscaper.escape(dot.title))</title></circle>"
      }
    }
    if !single.isEmpty {
      out +=
        "<path d=\"\(single)\" class=\"day\" stroke=\"currentColor\" stroke-width=\"12\" stroke-linecap=\"round\"/>"
    }
    out += SVG.text(DateLabel.format(b.first), x: 10, y: 60)
    if b.last != b.first {
      out += SVG.text(DateLabel.format(b.last), x: Self.width - 10, y: 60, anchor: "end")
    }
    return out
      + SVG.close(
        caption:
          "Dots: this briefing's events (a bigger dot: several close days). Ticks: days with events on the timeline."
      )
  }
}
