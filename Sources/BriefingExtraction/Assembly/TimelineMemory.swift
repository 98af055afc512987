import BriefingModels
import Synchronization

/// What `briefing preview` keeps of one timeline merge for the next: each date's reports and
/// the entries they made, so a rebuild after editing one article merges only its dates again.
///
/// A date is taken again only when its reports (every field of every event, and the article
/// each came from, in the same order) are exactly the ones merged last time; merging depends on
/// nothing else.
public final class TimelineMemory: Sendable {
  /// One date value merged: its reports and entries.
  struct DateMerge: Sendable {
    var events: [Event] = []
    var articles: [String] = []
    /// Set for a merge seeded from a cache that checked the date's reports itself (by their
    /// articles' sources): it is taken without comparing the reports again.
    var vouched = false
    /// Each entry, with the position of its first report among the date's reports and the
    /// id it is based on; its id made unique within the date, the entries in id order
    /// (`TimelineOrder`).
    var entries: [(first: Int, base: String, entry: TimelineEntry)]
  }

  /// One entry of a date's merge as a cache on disk keeps it: the position of its first report
  /// among the date's reports, the id it is based on, and the entry (its id unique within the
  /// date; a date's entries are kept in id order).
  public struct StoredEntry: Codable, Sendable {
    public var first: Int
    public var base: String
    public var entry: TimelineEntry

    public init(first: Int, base: String, entry: TimelineEntry) {
      self.first = first
      self.base = base
      self.entry = entry
    }
  }

  /// Takes merges kept elsewhere (a cache on disk) as the last build's: for each date value,
  /// its reports (each event with its article, in corpus order) and the entries a merge of
  /// exactly those reports made. The caller vouches that the entries are that merge's.
  public func seed(
    _ stored: [String: (events: [Event], articles: [String], entries: [StoredEntry])]
  ) {
    merges = stored.mapValues { s in
      DateMerge(
        events: s.events, articles: s.articles, vouched: true,
        entries: s.entries.map { (first: $0.first, base: $0.base, entry: $0.entry) })
    }
  }

  /// The entries of one date as last merged, for a cache on disk; nil for a date not merged.
  public func storedEntries(of date: String) -> [StoredEntry]? {
    storage.withLock { $0[date] }?.entries.map {
      StoredEntry(first: $0.first, base: $0.base, entry: $0.entry)
    }
  }

  private let storage = Mutex<[String: DateMerge]>([:])
  private let reuses = Mutex(0)

  public init() {}

  /// The merges of the last build, by date value; setting them replaces them all.
  var merges: [String: DateMerge] {
    get { storage.withLock { $0 } }
    set { storage.withLock { $0 = newValue } }
  }

  /// How many dates the last merge took from memory.
  public var lastReused: Int {
    get { reuses.withLock { $0 } }
    set { reuses.withLock { $0 = newValue } }
  }
}
