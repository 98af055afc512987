import BriefingModels
import Testing

@testable import BriefingSite

/// The page each entry of a long timeline lives on, as the paging rule says: its month's page
/// when a year is split by month and it has a month, else its year's, else the undated page.
@Suite("Timeline paging")
struct TimelinePagingTests {
  static let values = [
    "2025", "2025-06", "2025-06-01", "2025-06-02", "2025-W23", "2025-SU", "20251", "2025-1",
    "2025-13", "2025-12-31T10:00", "2025T10", "2025-06T", "XXXX", "XXXX-06", "", "2024-06-01",
    "2025-06-0", "2025-0",
  ]

  @Test("values start alike for the paging exactly when they have the same year and month")
  func sameKeys() {
    for a in Self.values {
      for b in Self.values {
        let same = TimelinePaging.keys(of: a) == TimelinePaging.keys(of: b)
        if TimelinePaging.sameKeys(a, b) { #expect(same, "\(a) \(b)") }
      }
    }
    #expect(TimelinePaging.sameKeys("2025-06-01", "2025-06-30"))
  }

  @Test("every entry is on the page of its month, year or none", arguments: [1, 5, 40, 200])
  func pages(limit: Int) {
    let index = SiteIndex(corpus: TimelineFilterTests.longCorpus(), config: Fixtures.config)
    let paging = TimelinePaging(index.timeline, limit: limit, allPeriods: false)
    var years: [String: Int] = [:]
    for e in index.timeline {
      if let y = TimelinePaging.keys(of: e.entry.date.value).year { years[y, default: 0] += 1 }
    }
    let paged = index.timeline.count > limit
    let monthly = paged && years.values.contains { $0 > limit }
    for e in index.timeline {
      let keys = TimelinePaging.keys(of: e.entry.date.value)
      let expected: String
      if !paged {
        expected = "timeline/index.html"
      } else if let year = keys.year {
        expected =
          monthly && keys.month != nil
          ? "timeline/\(year)/\(keys.month!.suffix(2))/index.html" : "timeline/\(year)/index.html"
      } else {
        expected = "timeline/undated/index.html"
      }
      #expect(paging.page(of: e.entry.id) == expected, "\(e.entry.id) \(e.entry.date.value)")
    }
  }
}
