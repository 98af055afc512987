import BriefingModels

/// One article's events placed on the corpus timeline: every day with corpus events a small
/// tick, the days of this article's events (its own and the timeline entries it reports) dots.
///
/// The page carries the picture as a few numbers (``figure()``) that `assets/placement.js`
/// draws: the drawn SVG, its words and caption were ~1.2 KB on every briefing page, the numbers
/// are ~0.1. Without JavaScript the figure stays hidden and the key dates listed under it say
/// the same, date by date.
///
/// It names no corpus-wide count, so an event added by another article leaves every briefing
/// page as it was unless it widens the timeline or marks a new tick.
struct PlacementChart {
  /// The corpus part of the picture: the axis's first and last day and the days with events in
  /// between, as pixel columns.
  struct Background: Sendable {
    var first: CalendarDate
    var last: CalendarDate
    /// The columns of the ticks, touching ones as one band: `10 58-70 94` (a tick at 10, a band
    /// from 58 to 70, a tick at 94) on the 720-wide picture.
    var ticks: String

    /// The axis runs over `range` when given (the dates a chart shows), else over `days`.
    init?(days: [Int], range: ClosedRange<Int>? = nil) {
      guard let lo = range?.lowerBound ?? days.min(), let hi = range?.upperBound ?? days.max()
      else { return nil }
      first = CalendarDate(dayNumber: lo)
      last = CalendarDate(dayNumber: hi)
      // One tick per pixel column at most, and columns that touch as one band: small on every
      // briefing page even when the corpus has events on most days.
      var columns = Set<Int>()
      for day in days { columns.insert(Int(PlacementChart.x(day, first: lo, last: hi).rounded())) }
      // Consecutive days touch: on a short axis, where a day is several pixels wide, a run of
      // days is one band rather than a tick each.
      let perDay = (PlacementChart.width - 20) / Double(max(1, hi - lo))
      ticks = Self.runs(columns.sorted(), gap: max(2, Int(perDay.rounded(.up)) + 1))
        .map {
          $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)"
        }
        .joined(separator: " ")
    }

    /// Sorted columns grouped into runs whose neighbours are at most `gap` apart (ticks are 2
    /// wide, so those touch anyway).
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
  }

  static let width = 720.0

  static func x(_ day: Int, first: Int, last: Int) -> Double {
    10 + (width - 20) * Double(day - first) / Double(max(1, last - first))
  }

  var background: Background
  /// Days (day numbers) of this article's events, sorted and distinct.
  var days: [Int]

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
  init?(corpusDays: [Int], days: [Int]) {
    let mine = Set(days).sorted()
    guard let range = Self.window(mine),
      let b = Background(days: Array(Self.days(corpusDays, in: range)) + mine, range: range)
    else { return nil }
    background = b
    self.days = mine
  }

  /// The picture as numbers for `placement.js`: the axis's first day (days since 1970-01-01)
  /// and its length in days (`data-span`), the article's days counted from that first day
  /// (`data-days`), and the tick columns (`data-ticks`, ``Background/ticks``). Hidden until
  /// the script draws it.
  func figure() -> String {
    let first = background.first.dayNumber
    let own = days.map { String($0 - first) }.joined(separator: " ")
    return
      "<figure class=\"chart placement\" data-span=\"\(first) \(background.last.dayNumber - first)\""
      + " data-days=\"\(own)\" data-ticks=\"\(background.ticks)\" hidden></figure>"
  }
}
