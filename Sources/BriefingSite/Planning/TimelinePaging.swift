/// The timeline's date pages, and how a long timeline is split over them.
///
/// A year page (`<base>/2025/`) and a month page (`<base>/2025/06/`) are the date-range filters
/// of the timeline *and* the pages a long timeline is split into: one set of pages, one path
/// each. An entry belongs to year `2025` when its TIMEX value starts with `2025`, to month
/// `2025-06` when it starts with `2025-06` (so `2025-W23` or `2025-SU` is in the year only);
/// entries without a four-digit year share an "undated" page.
///
/// Short timelines fit on their first page; longer ones are listed by year, or by month when a
/// year alone is longer than the limit (the year page then lists only what has no month).
struct TimelinePaging: Sendable {
  struct Period: Sendable {
    enum Level: Sendable { case year, month, undated }

    /// `2025`, `2025-06` or `undated`.
    var key: String
    var level: Level
    /// `2025`, `June 2025`, `Undated`.
    var label: String
    var path: String
    /// The entries the page lists, in timeline order.
    var entries: [SiteIndex.Entry]
    /// The entries whose date falls in the period (more than `entries` on a year page of a
    /// timeline split by month).
    var all: [SiteIndex.Entry]
    var count: Int { all.count }
    /// The year a month belongs to (`2025`); nil for years and the undated page.
    var year: String?
  }

  /// Every date page, years in order each followed by its months, the undated page last.
  /// Empty when the timeline needs none (a short party timeline).
  let periods: [Period]
  /// True when the first page lists no entries and the periods hold them all.
  let isPaged: Bool
  /// The first page: `<base>/index.html`.
  let firstPage: String
  private let pageOfEntry: [String: String]
  /// The same by position in the timeline the paging was made from (empty when not paged):
  /// page keys read it by number, without hashing each entry's id.
  private let pageAtPosition: [String]

  /// Pages for `timeline` below `base` (`timeline`, `timeline/party/russia`). With
  /// `allPeriods`, every year and month gets its page (date filters), paged or not; otherwise
  /// only the pages a long timeline is split into.
  init(
    _ timeline: [SiteIndex.Entry], limit: Int, base: String = "timeline", allPeriods: Bool = true
  ) {
    firstPage = base + "/index.html"
    // Each year's and month's entries, as lists numbered in the order they come.
    var yearLists: [[SiteIndex.Entry]] = []
    var monthLists: [[SiteIndex.Entry]] = []
    var yearNumbers: [String: Int] = [:]
    var monthNumbers: [String: Int] = [:]
    var undated: [SiteIndex.Entry] = []
    // Each entry's year and month, read once (a timeline in date order repeats them, so the
    // last entry's are taken again, with their lists, while the value starts the same way).
    var entryKeys: [(year: String?, month: String?)] = []
    entryKeys.reserveCapacity(timeline.count)
    var last: (value: String, keys: (year: String?, month: String?))? = nil
    var lastLists: (year: Int?, month: Int?) = (nil, nil)
    func number(_ key: String?, in numbers: inout [String: Int], _ lists: inout [[SiteIndex.Entry]])
      -> Int?
    {
      guard let key else { return nil }
      if let n = numbers[key] { return n }
      numbers[key] = lists.count
      lists.append([])
      return lists.count - 1
    }
    for e in timeline {
      let value = e.entry.date.value
      let keys: (year: String?, month: String?)
      let lists: (year: Int?, month: Int?)
      if let last, Self.sameKeys(last.value, value) {
        (keys, lists) = (last.keys, lastLists)
      } else {
        keys = Self.keys(of: value)
        lists = (
          number(keys.year, in: &yearNumbers, &yearLists),
          number(keys.month, in: &monthNumbers, &monthLists)
        )
        last = (value, keys)
        lastLists = lists
      }
      entryKeys.append(keys)
      if let year = lists.year {
        yearLists[year].append(e)
        if let month = lists.month { monthLists[month].append(e) }
      } else {
        undated.append(e)
      }
    }
    let years = yearNumbers.mapValues { yearLists[$0] }
    let months = monthNumbers.mapValues { monthLists[$0] }
    let paged = timeline.count > limit
    let monthly = paged && years.values.contains { $0.count > limit }
    isPaged = paged

    var periods: [Period] = []
    if allPeriods || paged {
      let monthsByYear = Dictionary(grouping: months.keys) { String($0.prefix(4)) }
      for year in years.keys.sorted() {
        let all = years[year] ?? []
        let listed = monthly ? all.filter { Self.keys(of: $0.entry.date.value).month == nil } : all
        periods.append(
          Period(
            key: year, level: .year, label: year, path: "\(base)/\(year)/index.html",
            entries: listed, all: all))
        guard allPeriods || monthly else { continue }
        for month in (monthsByYear[year] ?? []).sorted() {
          let entries = months[month] ?? []
          let m = Int(month.suffix(2)) ?? 1
          periods.append(
            Period(
              key: month, level: .month, label: "\(DateLabel.months[m - 1]) \(year)",
              path: "\(base)/\(year)/\(month.suffix(2))/index.html", entries: entries,
              all: entries, year: year))
        }
      }
      if !undated.isEmpty {
        periods.append(
          Period(
            key: "undated", level: .undated, label: "Undated", path: "\(base)/undated/index.html",
            entries: undated, all: undated))
      }
    }
    self.periods = periods

    var pageOf: [String: String] = [:]
    var pageAt: [String] = []
    if paged {
      pageOf.reserveCapacity(timeline.count)
      pageAt.reserveCapacity(timeline.count)
      // One path string per page, shared by its entries, not one made for each entry.
      var paths: [String: String] = [:]
      let undatedPath = "\(base)/undated/index.html"
      var lastPage: (key: String, path: String)? = nil
      for (e, keys) in zip(timeline, entryKeys) {
        let path: String
        if let year = keys.year {
          let key = monthly ? keys.month ?? year : year
          if let lastPage, lastPage.key == key {
            path = lastPage.path
          } else if let known = paths[key] {
            path = known
          } else {
            path =
              monthly && keys.month != nil
              ? "\(base)/\(year)/\(key.suffix(2))/index.html" : "\(base)/\(year)/index.html"
            paths[key] = path
          }
          lastPage = (key, path)
        } else {
          path = undatedPath
        }
        // The first entry of an id decides its page: set through the `default:` subscript's
        // modify, one hash of the id, only when it had none.
        Self.keep(&pageOf[e.entry.id, default: path], into: &pageAt)
      }
    }
    pageOfEntry = pageOf
    pageAtPosition = pageAt
  }

  /// The timeline page that lists entry `id` as its home: the first page, or a period page
  /// when the timeline is split.
  func page(of id: String) -> String { pageOfEntry[id] ?? firstPage }

  /// ``page(of:)`` of the entry at `position` in the timeline the paging was made from.
  func page(at position: Int) -> String {
    position < pageAtPosition.count ? pageAtPosition[position] : firstPage
  }

  /// The periods on the same level as `period`, for earlier/later links.
  func neighbours(of period: Period) -> (previous: Period?, next: Period?) {
    let level = periods.filter { $0.level == period.level }
    guard let i = level.firstIndex(where: { $0.key == period.key }) else { return (nil, nil) }
    return (i > 0 ? level[i - 1] : nil, i + 1 < level.count ? level[i + 1] : nil)
  }

  /// Leaves a value as it is, and appends it to `pages` (the entry's page: its id's first).
  private static func keep(_ value: inout String, into pages: inout [String]) {
    pages.append(value)
  }

  /// Whether ``keys(of:)`` gives `a` and `b` the same year and month: it reads no byte past the
  /// eighth, and the end of the value only within them.
  static func sameKeys(_ a: String, _ b: String) -> Bool {
    let n = a.utf8.count
    guard n == b.utf8.count || (n >= 8 && b.utf8.count >= 8) else { return false }
    // Either way the first min(8, n) bytes decide; read in place when both strings have
    // their bytes contiguous (native strings do), without a view's generic walk.
    let k = min(8, n)
    let same = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in
        for i in 0..<k where x[i] != y[i] { return false }
        return true
      }
    }
    if let same = same ?? nil { return same }
    return a.utf8.prefix(8).elementsEqual(b.utf8.prefix(8))
  }

  /// The year (`2025`) and month (`2025-06`) a TIMEX value starts with, when it does.
  static func keys(of value: String) -> (year: String?, month: String?) {
    // On the bytes in place, no array or number made: read for every entry at every plan.
    var value = value
    let found = value.withUTF8 { u -> Int in
      func digit(_ i: Int) -> Bool { i < u.count && u[i] >= 48 && u[i] <= 57 }
      func boundary(_ i: Int) -> Bool { i >= u.count || u[i] == 45 || u[i] == 84 }  // end, "-", "T"
      guard digit(0), digit(1), digit(2), digit(3), boundary(4) else { return 0 }
      guard u.count > 4, u[4] == 45, digit(5), digit(6), boundary(7) else { return 4 }
      let m = Int(u[5] - 48) * 10 + Int(u[6] - 48)
      return (1...12).contains(m) ? 7 : 4
    }
    switch found {
    case 0: return (nil, nil)
    case 4: return (String(value.utf8.prefix(4))!, nil)
    default: return (String(value.utf8.prefix(4))!, String(value.utf8.prefix(7))!)
    }
  }
}
