/// One article's place on the timeline: the entries it is a source of (in timeline order, each
/// once, with the day it starts on) and the entry each of its events was merged into.
struct ArticleEntries: Sendable {
  struct Entry: Sendable {
    var id: String
    /// The day number the entry starts on; nil for an undated one.
    var day: Int?
    /// The entry's position in ``SiteIndex/timeline``.
    var position: Int
  }

  var entries: [Entry] = []
  /// Event id → the first entry, in timeline order, that has it as a source (its position in
  /// ``entries``).
  var ofEvent: [String: Int] = [:]

  /// Makes room for `events` events of the article.
  mutating func reserve(_ events: Int) { ofEvent.reserveCapacity(events) }

  /// Files a report of `event` in entry `id`, at `position` in the timeline (reports come in
  /// timeline order).
  mutating func add(_ event: String, entry id: String, day: Int?, position: Int) {
    if entries.last?.id != id { entries.append(Entry(id: id, day: day, position: position)) }
    Self.keepFirst(&ofEvent[event, default: entries.count - 1])
  }

  /// The id of the entry event `event` was merged into.
  func entry(ofEvent event: String) -> String? { ofEvent[event].map { entries[$0].id } }

  /// Leaves a value as it is: through `dictionary[key, default: value]`, sets it only if the
  /// key had none.
  private static func keepFirst(_ value: inout Int) {}
}
