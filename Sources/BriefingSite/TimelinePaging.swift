/// How the timeline is split into pages: one page when short, else one per year, or one per
/// month when a year alone is longer than the limit. Undated entries get a page of their own.
struct TimelinePaging: Sendable {
  struct Period: Sendable {
    var key: String
    var label: String
    var path: String
    var entries: [SiteIndex.Entry]
  }

  /// Empty when the whole timeline fits on its first page.
  let periods: [Period]
  /// The first page: `<base>/index.html`.
  let firstPage: String
  private let pageOfEntry: [String: String]

  /// Pages for `timeline` below `base` (`timeline`, `timeline/party/russia`).
  init(_ timeline: [SiteIndex.Entry], limit: Int, base: String = "timeline") {
    firstPage = base + "/index.html"
    guard timeline.count > limit else {
      periods = []
      pageOfEntry = [:]
      return
    }
    var byYear: [(String, [SiteIndex.Entry])] = []
    for e in timeline {
      if byYear.last?.0 == e.date.yearKey {
        byYear[byYear.count - 1].1.append(e)
      } else {
        byYear.append((e.date.yearKey, [e]))
      }
    }
    let monthly = byYear.contains { $0.1.count > limit }
    var periods: [Period] = []
    for e in timeline {
      let key = monthly ? e.date.monthKey : e.date.yearKey
      if periods.last?.key == key {
        periods[periods.count - 1].entries.append(e)
      } else {
        let label: String
        if key == "undated" {
          label = "Undated"
        } else if monthly, let start = e.date.start {
          label = "\(DateLabel.months[start.month - 1]) \(start.year)"
        } else {
          label = key
        }
        periods.append(
          Period(
            key: key, label: label, path: "\(base)/\(SitePaths.segment(key))/index.html",
            entries: [e]))
      }
    }
    self.periods = periods
    var pageOf: [String: String] = [:]
    for p in periods {
      for e in p.entries where pageOf[e.entry.id] == nil { pageOf[e.entry.id] = p.path }
    }
    pageOfEntry = pageOf
  }

  /// The timeline page that lists entry `id`.
  func page(of id: String) -> String { pageOfEntry[id] ?? firstPage }
}
