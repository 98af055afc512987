import BriefingModels
import BriefingStore
import Synchronization

/// What the date rule (``DateDisagreements``) found last time, for the next assembly: the
/// digest of every entry it compared and the pairs of them it found to be one happening. In
/// `briefing preview` kept in memory, in `generate` seeded from a cache on disk.
///
/// The rule compares every pair of entries of one kind dated one to three days apart; whether
/// a pair is one happening depends only on the two entries and their reports' briefings, which
/// an entry's ``Digest`` covers. A pair both of whose digests were compared last time was
/// compared then (the digest holds the kind and the day), so its verdict is taken again, and
/// an edit makes the rule read only the pairs of entries it changed.
public final class DateRuleMemory: Sendable {
  /// 64 bits of ``StableHash`` over what the rule reads of one entry (``digest(_:sources:)``):
  /// two of 100,000 entries share one by chance about once in 3,000,000,000 builds.
  public struct Digest: Hashable, Sendable {
    public var value: UInt64

    public init(_ value: UInt64) { self.value = value }
  }

  /// Two entries' digests, the earlier-dated first: a pair the rule compared.
  public struct Pair: Hashable, Sendable {
    public var first: Digest
    public var second: Digest

    public init(_ first: Digest, _ second: Digest) {
      self.first = first
      self.second = second
    }
  }

  /// The digests the last run compared, and the pairs of them it found to be one happening.
  public struct Last: Sendable {
    public var compared: Set<Digest> = []
    public var same: Set<Pair> = []

    public init(compared: Set<Digest> = [], same: Set<Pair> = []) {
      self.compared = compared
      self.same = same
    }
  }

  private let state = Mutex<(sources: [String: String], last: Last, reused: Int)>(
    ([:], Last(), 0))

  public init() {}

  /// Each briefing's source by article id (the hash of what decides the briefing): an entry
  /// with a report whose article has none is compared afresh and not kept.
  public var sources: [String: String] {
    get { state.withLock { $0.sources } }
    set { state.withLock { $0.sources = newValue } }
  }

  /// The last run's digests and verdicts; setting it (a cache on disk seeding the memory)
  /// vouches that they are the rule's under the same sources.
  public var last: Last {
    get { state.withLock { $0.last } }
    set { state.withLock { $0.last = newValue } }
  }

  /// How many pairs the last run took from memory instead of comparing them.
  public var lastReused: Int {
    get { state.withLock { $0.reused } }
    set { state.withLock { $0.reused = newValue } }
  }

  /// What the rule reads of `entry`: its kind, date, parties, places and reports (each with
  /// its article's source, which decides the sentence and the date text the rule reads). Nil
  /// when an article's source is unknown.
  static func digest(_ entry: TimelineEntry, sources: [String: String]) -> Digest? {
    var h = StableHash()
    // Numbers as their eight bytes: printing each one was a third of the digest's cost.
    func add(_ n: Int) { withUnsafeBytes(of: UInt64(n).littleEndian) { h.add($0) } }
    h.add("date-rule 2")
    h.add(entry.kind.rawValue)
    h.add(entry.date.value)
    h.add(entry.date.precision.rawValue)
    add(entry.parties.count)
    for p in entry.parties { h.add(p) }
    add(entry.places.count)
    for p in entry.places { h.add(p) }
    add(entry.sources.count)
    for s in entry.sources {
      guard let source = sources[s.article] else { return nil }
      h.add(s.article)
      h.add(source)
      h.add(s.event)
      add(s.sentence)
    }
    return Digest(h.value)
  }
}
