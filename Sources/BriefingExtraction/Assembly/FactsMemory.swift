import BriefingModels
import Synchronization

/// Each briefing's ``BriefingFacts`` as the last assembly read them, for the next: in
/// `briefing preview` kept in memory, in `generate` seeded from a cache on disk.
///
/// A briefing's facts are taken again only when its source (the hash of what decides the
/// briefing, set by the caller in ``sources``) is the one they were read from, and the sides of
/// the parties (each party's parent) are those of the last assembly.
public final class FactsMemory: Sendable {
  /// One briefing's facts and the source of the briefing they were read from.
  public struct Kept: Sendable {
    public var source: String
    public var facts: BriefingFacts

    public init(source: String, facts: BriefingFacts) {
      self.source = source
      self.facts = facts
    }
  }

  private let state = Mutex<(sources: [String: String], last: Last)>(([:], Last()))
  private let reuses = Mutex(0)

  /// The last assembly's sides and facts by article id.
  public struct Last: Sendable {
    public var sides: PartySides?
    public var facts: [String: Kept] = [:]

    public init(sides: PartySides? = nil, facts: [String: Kept] = [:]) {
      self.sides = sides
      self.facts = facts
    }
  }

  public init() {}

  /// Each briefing's source by article id, for the coming assembly (a briefing without one has
  /// its facts read afresh and not kept).
  public var sources: [String: String] {
    get { state.withLock { $0.sources } }
    set { state.withLock { $0.sources = newValue } }
  }

  /// The facts of the last assembly; setting it (a cache on disk seeding the memory) vouches
  /// that each kept briefing's facts are the ones read from its source under those sides.
  public var last: Last {
    get { state.withLock { $0.last } }
    set { state.withLock { $0.last = newValue } }
  }

  /// How many briefings' facts the last assembly took from memory.
  public var lastReused: Int {
    get { reuses.withLock { $0 } }
    set { reuses.withLock { $0 = newValue } }
  }
}
