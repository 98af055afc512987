/// What one briefing gives the corpus-wide party registry and the party side of the site index,
/// in a fixed layout of numbers (ids from an ``IdTable``): stored beside the extraction cache,
/// so a rebuild merges the registry and files statements and briefings by party from numbers
/// instead of from every briefing's strings (docs/incremental-builds.md, steps 2–3).
///
/// Layout of ``words``, three sections:
/// - the party count, then for each party its id, name, kind (position in
///   `Party.Kind.allCases`), parent, role and description (-1 for none), mention count, alias
///   count and aliases;
/// - the statement count, then for each statement its party (-1 when no party stands for the
///   speaker) and target (-1 for none);
/// - the event count, then for each event its party count and parties.
public struct BriefingContribution: Sendable, Equatable {
  /// Marks an absent optional string.
  public static let none: Int32 = -1

  public private(set) var words: [Int32]
  /// Where the statement and event sections start in ``words``.
  private var statementsAt = 0
  private var eventsAt = 0

  /// A contribution read back from its words; nil unless they have the layout above with
  /// every id in a table of `idCount` strings.
  public init?(words: [Int32], idCount: Int) {
    self.words = words
    guard let sections = Self.sections(words, idCount: idCount) else { return nil }
    (statementsAt, eventsAt) = sections
  }

  /// The contribution of `briefing`, its strings given ids in `table`.
  public init(_ briefing: Briefing, table: inout IdTable) {
    var w: [Int32] = [Int32(briefing.parties.count)]
    func optional(_ s: String?) -> Int32 { s.map { table.id($0) } ?? Self.none }
    for p in briefing.parties {
      w.append(table.id(p.id))
      w.append(table.id(p.name))
      w.append(Int32(Party.Kind.allCases.firstIndex(of: p.kind)!))
      w.append(optional(p.parent))
      w.append(optional(p.role))
      w.append(optional(p.description))
      w.append(Int32(p.mentions.count))
      w.append(Int32(p.aliases.count))
      for a in p.aliases { w.append(table.id(a)) }
    }
    statementsAt = w.count
    w.append(Int32(briefing.statements.count))
    for s in briefing.statements {
      w.append(s.hasParty ? table.id(s.party) : Self.none)
      w.append(optional(s.target))
    }
    eventsAt = w.count
    w.append(Int32(briefing.events.count))
    for e in briefing.events {
      w.append(Int32(e.parties.count))
      for p in e.parties { w.append(table.id(p)) }
    }
    words = w
  }

  public static func == (a: Self, b: Self) -> Bool { a.words == b.words }

  /// One party as the briefing names it.
  public struct PartyShare {
    public var id: Int32
    public var name: Int32
    public var kind: Party.Kind
    public var parent: Int32
    public var role: Int32
    public var description: Int32
    public var mentions: Int32
    public var aliases: ArraySlice<Int32>
  }

  /// The briefing's parties, in its order.
  public func forEachParty(_ body: (PartyShare) -> Void) {
    var at = 1
    for _ in 0..<Int(words[0]) {
      let aliases = Int(words[at + 7])
      body(
        PartyShare(
          id: words[at], name: words[at + 1], kind: Party.Kind.allCases[Int(words[at + 2])],
          parent: words[at + 3], role: words[at + 4], description: words[at + 5],
          mentions: words[at + 6], aliases: words[at + 8..<at + 8 + aliases]))
      at += 8 + aliases
    }
  }

  /// The briefing's statements, in its order: each one's party and target (``none`` for none).
  public func forEachStatement(_ body: (_ party: Int32, _ target: Int32) -> Void) {
    for k in 0..<Int(words[statementsAt]) {
      body(words[statementsAt + 1 + 2 * k], words[statementsAt + 2 + 2 * k])
    }
  }

  /// The briefing's events' parties, event by event in its order.
  public func forEachEvent(_ body: (_ parties: ArraySlice<Int32>) -> Void) {
    var at = eventsAt + 1
    for _ in 0..<Int(words[eventsAt]) {
      let n = Int(words[at])
      body(words[at + 1..<at + 1 + n])
      at += 1 + n
    }
  }

  /// Where the statement and event sections of `w` start, if `w` has the layout with ids
  /// below `idCount`.
  private static func sections(_ w: [Int32], idCount: Int) -> (Int, Int)? {
    let limit = Int32(clamping: idCount)
    func id(_ v: Int32) -> Bool { v >= 0 && v < limit }
    func optional(_ v: Int32) -> Bool { v == none || id(v) }
    /// The count at `at`, if it is one and `size` words for each of its items fit after it.
    func count(_ at: Int, _ size: Int) -> Int? {
      guard at < w.count, w[at] >= 0, Int(w[at]) * size <= w.count - at - 1 else { return nil }
      return Int(w[at])
    }
    guard let parties = count(0, 8) else { return nil }
    var at = 1
    for _ in 0..<parties {
      guard at + 8 <= w.count, id(w[at]), id(w[at + 1]),
        w[at + 2] >= 0, Int(w[at + 2]) < Party.Kind.allCases.count,
        optional(w[at + 3]), optional(w[at + 4]), optional(w[at + 5]), w[at + 6] >= 0,
        w[at + 7] >= 0, at + 8 + Int(w[at + 7]) <= w.count
      else { return nil }
      let aliases = w[at + 8..<at + 8 + Int(w[at + 7])]
      guard aliases.allSatisfy(id) else { return nil }
      at += 8 + aliases.count
    }
    let statementsAt = at
    guard let statements = count(at, 2) else { return nil }
    at += 1
    for _ in 0..<statements {
      guard optional(w[at]), optional(w[at + 1]) else { return nil }
      at += 2
    }
    let eventsAt = at
    guard let events = count(at, 1) else { return nil }
    at += 1
    for _ in 0..<events {
      guard at < w.count, w[at] >= 0, Int(w[at]) <= w.count - at - 1 else { return nil }
      let parties = w[at + 1..<at + 1 + Int(w[at])]
      guard parties.allSatisfy(id) else { return nil }
      at += 1 + parties.count
    }
    return at == w.count ? (statementsAt, eventsAt) : nil
  }
}
