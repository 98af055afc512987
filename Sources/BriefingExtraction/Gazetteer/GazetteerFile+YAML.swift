import Yams

/// Reading `gazetteer.yml` from its YAML tree by hand: Yams' `Decodable` decoder took 110 M of
/// the 280 M instructions of `briefing extract` of one article (every process reads the file
/// once), the tree and this walk take a fraction of it. The tree comes from `GazetteerSubset`
/// when the text is in its subset (the built-in file is), else from Yams; one walk reads both,
/// so both mean the same. `GazetteerFileTests` and `GazetteerSubsetTests` check that the
/// readings (this walk of either tree, Yams' `Decodable` decoder) agree.
extension GazetteerFile {
  /// A part of the file that is not what the format says.
  struct FormatError: Error, CustomStringConvertible {
    var description: String
  }

  init(yaml: String) throws {
    if let file = Self(subset: yaml) {
      self = file
    } else {
      try self.init(yamsReading: yaml)
    }
  }

  /// The reading through `GazetteerSubset`: nil when the text is outside the subset or is not
  /// a gazetteer (then the reading through Yams says what is wrong).
  init?(subset yaml: String) {
    guard let root = GazetteerSubset.parse(yaml), let file = try? Self(root: root) else {
      return nil
    }
    self = file
  }

  /// The reading through libyaml, for any YAML.
  init(yamsReading yaml: String) throws {
    // The basic resolver: no regular expression per scalar (this reader knows each type).
    guard let root = try Yams.compose(yaml: yaml, .basic) else {
      throw FormatError(description: "the gazetteer is not a mapping")
    }
    try self.init(root: root)
  }

  private init<N: GazetteerNode>(root: N) throws {
    guard root.isMap else { throw FormatError(description: "the gazetteer is not a mapping") }
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

  private static func organization<N: GazetteerNode>(_ node: N) throws -> Organization {
    Organization(
      name: try text(node, "name"), id: try optionalText(node, "id"),
      aliases: try texts(node, "aliases"), kind: try optionalText(node, "kind"),
      parent: try optionalText(node, "parent"), role: try optionalText(node, "role"))
  }

  private static func items<N: GazetteerNode, T>(
    _ node: N, _ key: String, _ read: (N) throws -> T
  ) throws -> [T] {
    guard let list = node.value(key)?.list else {
      throw FormatError(description: "\(key) is not a list")
    }
    return try list.map(read)
  }

  private static func required<T>(_ value: T?, _ key: String) throws -> T {
    guard let value else { throw FormatError(description: "no \(key)") }
    return value
  }

  private static func text<N: GazetteerNode>(_ node: N, _ key: String) throws -> String {
    try required(optionalText(node, key), key)
  }

  private static func optionalText<N: GazetteerNode>(_ node: N, _ key: String) throws -> String? {
    guard let value = node.value(key), !value.isNull else { return nil }
    guard let text = value.text else { throw FormatError(description: "\(key) is not a text") }
    return text
  }

  private static func texts<N: GazetteerNode>(_ node: N, _ key: String) throws -> [String]? {
    guard let value = node.value(key), !value.isNull else { return nil }
    guard let list = value.list else { throw FormatError(description: "\(key) is not a list") }
    return try list.map { item in
      guard let text = item.text else {
        throw FormatError(description: "an item of \(key) is not a text")
      }
      return text
    }
  }

  private static func flag<N: GazetteerNode>(_ node: N, _ key: String) throws -> Bool? {
    guard let value = node.value(key), !value.isNull else { return nil }
    guard let bool = value.flag else {
      throw FormatError(description: "\(key) is not true or false")
    }
    return bool
  }
}

/// What the walk of `GazetteerFile` asks of a YAML tree, Yams' or `GazetteerSubset`'s.
protocol GazetteerNode {
  var isMap: Bool { get }
  /// The value of a key of a mapping; nil for another node.
  func value(_ key: String) -> Self?
  /// The items of a sequence; nil for another node.
  var list: [Self]? { get }
  /// The text of a scalar; nil for another node.
  var text: String? { get }
  var isNull: Bool { get }
  /// A scalar read as a boolean; nil if it is none.
  var flag: Bool? { get }
}

extension Node: GazetteerNode {
  var isMap: Bool { mapping != nil }
  func value(_ key: String) -> Node? { self[key] }
  var list: [Node]? { sequence.map(Array.init) }
  var text: String? { scalar?.string }
  var isNull: Bool {
    guard let scalar else { return false }
    return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }
  var flag: Bool? { bool }
}

extension GazetteerSubset.Value: GazetteerNode {
  var isMap: Bool {
    if case .map = self { return true }
    return false
  }

  func value(_ key: String) -> Self? {
    guard case .map(let pairs) = self else { return nil }
    return pairs.first { $0.key == key }?.value
  }

  var list: [Self]? {
    guard case .list(let items) = self else { return nil }
    return items
  }

  var text: String? {
    guard case .scalar(let text, _) = self else { return nil }
    return text
  }

  var isNull: Bool {
    guard case .scalar(let text, let plain) = self else { return false }
    return plain && ["", "~", "null", "Null", "NULL"].contains(text)
  }

  /// Only plain `true` and `false`: YAML's other spellings are left to Yams (the caller falls
  /// back to it when a reading fails).
  var flag: Bool? {
    guard case .scalar(let text, true) = self else { return nil }
    return text == "true" ? true : (text == "false" ? false : nil)
  }
}
