import Yams

/// Reading `gazetteer.yml` from its YAML tree by hand: Yams' `Decodable` decoder took 110 M of
/// the 280 M instructions of `briefing extract` of one article (every process reads the file
/// once), the tree and this walk take a fraction of it. `GazetteerFileTests` checks that both
/// read the built-in file the same.
extension GazetteerFile {
  /// A part of the file that is not what the format says.
  struct FormatError: Error, CustomStringConvertible {
    var description: String
  }

  init(yaml: String) throws {
    // The basic resolver: no regular expression per scalar (this reader knows each type).
    guard let root = try Yams.compose(yaml: yaml, .basic), root.mapping != nil else {
      throw FormatError(description: "the gazetteer is not a mapping")
    }
    states = try Self.items(root, "states") { node in
      State(
        name: try Self.text(node, "name"), aliases: try Self.texts(node, "aliases"),
        demonyms: try Self.texts(node, "demonyms"), capital: try Self.optionalText(node, "capital"),
        capitalAliases: try Self.texts(node, "capitalAliases"),
        metonym: try Self.flag(node, "metonym"), prefix: try Self.optionalText(node, "prefix"))
    }
    bodies = try Self.items(root, "bodies") { node in
      Body(name: try Self.text(node, "name"), aliases: try Self.texts(node, "aliases"))
    }
    stateNouns = try Self.required(Self.texts(root, "stateNouns"), "stateNouns")
    organizations = try Self.items(root, "organizations", Self.organization)
    people = try Self.items(root, "people", Self.organization)
    places = try Self.required(Self.texts(root, "places"), "places")
    orgHeads = try Self.required(Self.texts(root, "orgHeads"), "orgHeads")
    titles = try Self.required(Self.texts(root, "titles"), "titles")
  }

  private static func organization(_ node: Node) throws -> Organization {
    Organization(
      name: try text(node, "name"), id: try optionalText(node, "id"),
      aliases: try texts(node, "aliases"), kind: try optionalText(node, "kind"),
      parent: try optionalText(node, "parent"), role: try optionalText(node, "role"))
  }

  private static func items<T>(_ node: Node, _ key: String, _ read: (Node) throws -> T) throws
    -> [T]
  {
    guard let list = node[key]?.sequence else {
      throw FormatError(description: "\(key) is not a list")
    }
    return try list.map(read)
  }

  private static func required<T>(_ value: T?, _ key: String) throws -> T {
    guard let value else { throw FormatError(description: "no \(key)") }
    return value
  }

  private static func text(_ node: Node, _ key: String) throws -> String {
    try required(optionalText(node, key), key)
  }

  private static func optionalText(_ node: Node, _ key: String) throws -> String? {
    guard let value = node[key], !isNull(value) else { return nil }
    guard let scalar = value.scalar else { throw FormatError(description: "\(key) is not a text") }
    return scalar.string
  }

  private static func texts(_ node: Node, _ key: String) throws -> [String]? {
    guard let value = node[key], !isNull(value) else { return nil }
    guard let list = value.sequence else { throw FormatError(description: "\(key) is not a list") }
    return try list.map { item in
      guard let scalar = item.scalar else {
        throw FormatError(description: "an item of \(key) is not a text")
      }
      return scalar.string
    }
  }

  private static func flag(_ node: Node, _ key: String) throws -> Bool? {
    guard let value = node[key], !isNull(value) else { return nil }
    guard let bool = value.bool else {
      throw FormatError(description: "\(key) is not true or false")
    }
    return bool
  }

  private static func isNull(_ node: Node) -> Bool {
    guard let scalar = node.scalar else { return false }
    return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }
}
