/// Dense integer ids for the strings the shared structures are keyed by (party ids, names,
/// aliases, roles): a string's id is its position, so what is keyed by id is an array, and a
/// stored contribution names a party by a number instead of a `String` to hash.
public struct IdTable: Sendable, Equatable {
  /// The strings by id.
  public private(set) var strings: [String] = []
  private var ids: [String: Int32] = [:]

  public init() {}

  /// The table whose ids are the positions of `strings`; nil when a string comes twice (no
  /// table gives two ids to one string).
  public init?(strings: [String]) {
    ids.reserveCapacity(strings.count)
    for (i, s) in strings.enumerated() {
      guard ids.updateValue(Int32(i), forKey: s) == nil else { return nil }
    }
    self.strings = strings
  }

  public var count: Int { strings.count }

  /// The id of `string`, given it a new one (the next position) when it has none.
  public mutating func id(_ string: String) -> Int32 {
    if let known = ids[string] { return known }
    let id = Int32(strings.count)
    ids[string] = id
    strings.append(string)
    return id
  }

  /// The id of `string`, if it has one.
  public func lookup(_ string: String) -> Int32? { ids[string] }

  /// The string of `id` (an id this table gave).
  public subscript(id: Int32) -> String { strings[Int(id)] }

  public static func == (a: IdTable, b: IdTable) -> Bool { a.strings == b.strings }
}
