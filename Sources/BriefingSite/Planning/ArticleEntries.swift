/// One article's place on the timeline: the entries it is a source of (in timeline order, each
/// once, with the day it starts on) and, report by report, which of them each event is in.
struct ArticleEntries: Sendable {
  struct Entry: Sendable {
    var id: String
    /// The day number the entry starts on; nil for an undated one.
    var day: Int?
    /// The entry's position in ``SiteIndex/timeline``.
    var position: Int
  }

  var entries: [Entry] = []
  /// The article's reports in timeline order: each one's event id and the position in
  /// ``entries`` of the entry it is in. A list, not a table by event: filled for every
  /// article and read whole by its page's key, a table cost a `String` hash per report twice
  /// (0.4 G instructions at 10,000 articles); only a rendered page looks events up in it.
  var reports: [(event: String, entry: Int32)] = []

  /// Makes room for `events` reports of the article.
  mutating func reserve(_ events: Int) { reports.reserveCapacity(events) }

  /// Files a report of `event` in entry `id`, at `position` in the timeline (reports come in
  /// timeline order).
  mutating func add(_ event: String, entry id: String, day: Int?, position: Int) {
    if entries.last?.id != id { entries.append(Entry(id: id, day: day, position: position)) }
    reports.append((event, Int32(entries.count - 1)))
  }

  /// The id of the entry event `event` was merged into: the first, in timeline order, that
  /// has it as a source.
  func entry(ofEvent event: String) -> String? {
    reports.first { $0.event == event }.map { entries[Int($0.entry)].id }
  }
}
