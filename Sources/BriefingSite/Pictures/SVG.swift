import BriefingModels

/// Small helpers for the inline SVG pictures drawn at build time.
///
/// Every picture is `role="img"` with a `<title>` and a `<desc>` that say in words what it
/// shows; text inside is HTML-escaped; colours come from CSS classes so themes apply.
enum SVG {
  static func open(
    width: Int, height: Int, idPrefix: String, title: String, desc: String, className: String
  ) -> String {
    let t = HTMLEscaper.escape(title)
    let d = HTMLEscaper.escape(desc)
    return """
      <figure class="chart \(className)"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" \
      role="img" aria-labelledby="\(idPrefix)-title \(idPrefix)-desc">\
      <title id="\(idPrefix)-title">\(t)</title><desc id="\(idPrefix)-desc">\(d)</desc>
      """
  }

  static func close(caption: String) -> String {
    "</svg><figcaption>\(HTMLEscaper.escape(caption))</figcaption></figure>"
  }

  /// A coordinate as a whole number, without locale: a unit of a 720-wide picture is finer
  /// than a phone draws, and a decimal cost 2 bytes a number (a tenth of the party pictures).
  static func n(_ x: Double) -> String { String(Int(x.rounded())) }

  static func text(
    _ s: String, x: Double, y: Double, anchor: String = "start", className: String = "label"
  ) -> String {
    "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" class=\"\(className)\">\(HTMLEscaper.escape(s))</text>"
  }

  static func plural(_ count: Int, _ word: String) -> String {
    "\(count) \(word)\(count == 1 ? "" : "s")"
  }
}

/// How to count events over a span of days: per day, week or month, whichever keeps bars readable.
struct TimeBins {
  enum Unit: String { case day, week, month }

  let unit: Unit
  let first: CalendarDate
  let last: CalendarDate
  /// Start day of each bin.
  let starts: [CalendarDate]

  init(from first: CalendarDate, to last: CalendarDate) {
    let span = last.dayNumber - first.dayNumber
    unit = span <= 92 ? .day : span <= 730 ? .week : .month
    var starts: [CalendarDate] = []
    var d = Self.binStart(first, unit)
    while d <= last {
      starts.append(d)
      switch unit {
      case .day: d = d.adding(days: 1)
      case .week: d = d.adding(days: 7)
      case .month:
        d =
          d.month == 12
          ? CalendarDate(year: d.year + 1, month: 1, day: 1)!
          : CalendarDate(year: d.year, month: d.month + 1, day: 1)!
      }
    }
    self.first = first
    self.last = last
    self.starts = starts
  }

  static func binStart(_ d: CalendarDate, _ unit: Unit) -> CalendarDate {
    switch unit {
    case .day: d
    case .week: d.adding(days: 1 - d.weekday)
    case .month: CalendarDate(year: d.year, month: d.month, day: 1)!
    }
  }

  /// Index of the bin holding `d`.
  func bin(of d: CalendarDate) -> Int {
    let s = Self.binStart(d, unit)
    switch unit {
    case .day: return s.dayNumber - starts[0].dayNumber
    case .week: return (s.dayNumber - starts[0].dayNumber) / 7
    case .month: return (s.year - starts[0].year) * 12 + s.month - starts[0].month
    }
  }

  /// The bin's first day, or its month, in short words for a picture's description:
  /// "2 Jan 2025", "Jan 2025".
  func shortLabel(_ i: Int) -> String {
    let d = starts[i]
    let month = DateLabel.months[d.month - 1].prefix(3)
    return unit == .month ? "\(month) \(d.year)" : "\(d.day) \(month) \(d.year)"
  }

  func label(_ i: Int) -> String {
    let d = starts[i]
    switch unit {
    case .day: return DateLabel.format(d)
    case .week: return "the week of \(DateLabel.format(d))"
    case .month: return "\(DateLabel.months[d.month - 1]) \(d.year)"
    }
  }
}
