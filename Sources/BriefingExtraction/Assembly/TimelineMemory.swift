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
    /// Each entry, with the position of its first report among the date's reports and the
    /// id it is based on (made unique across the timeline afterwards).
    var entries: [(first: Int, base: String, entry: TimelineEntry)]
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
