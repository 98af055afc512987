import BriefingModels

/// Which side each party is on: the top of its chain of parents in the merged registry. The
/// relation and blame rules read it; facts read under equal sides are equal.
public struct PartySides: Sendable, Equatable, Codable {
  var parent: [String: String] = [:]

  init(_ parties: [Party]) {
    for p in parties { if let up = p.parent, up != p.id { parent[p.id] = up } }
  }

  /// The top of `id`'s parents (a loop in the registry stops the walk).
  func root(_ id: String) -> String {
    var current = id
    var seen: Set<String> = [id]
    while let up = parent[current], seen.insert(up).inserted { current = up }
    return current
  }

  func same(_ a: String, _ b: String) -> Bool { root(a) == root(b) }

  // Coded as (party, parent) pairs in party order, so equal sides give equal bytes.
  public init(from decoder: any Decoder) throws {
    var c = try decoder.unkeyedContainer()
    while !c.isAtEnd {
      let id = try c.decode(String.self)
      parent[id] = try c.decode(String.self)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.unkeyedContainer()
    for (id, up) in parent.sorted(by: { $0.key < $1.key }) {
      try c.encode(id)
      try c.encode(up)
    }
  }
}
