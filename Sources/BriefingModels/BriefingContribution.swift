/// What one briefing gives the corpus-wide party registry, in a fixed layout of numbers (ids
/// from an ``IdTable``): stored beside the extraction cache, so a rebuild merges the registry
/// from numbers instead of from every briefing's strings (docs/incremental-builds.md, steps 2–3).
///
/// Layout of ``words``: the party count, then for each party its id, name, kind (position in
/// `Party.Kind.allCases`), parent, role and description (-1 for none), mention count, alias
/// count and aliases.
public struct BriefingContribution: Sendable, Equatable {
  /// Marks an absent optional string.
  public static let none: Int32 = -1

  public private(set) var words: [Int32]

  /// A contribution read back from its words; nil unless they have the layout above with
  /// every id in a table of `idCount` strings.
  public init?(words: [Int32], idCount: Int) {
    self.words = words
    guard Self.valid(words, idCount: idCount) else { return nil }
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
    words = w
  }

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

  private static func valid(_ w: [Int32], idCount: Int) -> Bool {
    let limit = Int32(clamping: idCount)
    func id(_ v: Int32) -> Bool { v >= 0 && v < limit }
    func optional(_ v: Int32) -> Bool { v == none || id(v) }
    guard let parties = w.first, parties >= 0 else { return false }
    var at = 1
    for _ in 0..<Int(parties) {
      guard at + 8 <= w.count, id(w[at]), id(w[at + 1]),
        w[at + 2] >= 0, Int(w[at + 2]) < Party.Kind.allCases.count,
        optional(w[at + 3]), optional(w[at + 4]), optional(w[at + 5]), w[at + 6] >= 0,
        w[at + 7] >= 0, at + 8 + Int(w[at + 7]) <= w.count
      else { return false }
      let aliases = w[at + 8..<at + 8 + Int(w[at + 7])]
      guard aliases.allSatisfy(id) else { return false }
      at += 8 + aliases.count
    }
    return at == w.count
  }
}
