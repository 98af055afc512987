/// An actor of the story: a state, an organisation (or one of a state's bodies), a person, a group.
public struct Party: Codable, Sendable, Hashable, Identifiable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case state, organization, person, group
  }

  /// Slug, e.g. `russia`, `russian-ministry-of-defence`.
  public var id: String
  /// Canonical name, e.g. `Russia`.
  public var name: String
  public var kind: Kind
  /// The id of the party this one belongs to ("Russian Foreign Ministry" → `russia`).
  public var parent: String?
  /// Other names it is known by, as found in the text or the gazetteer.
  public var aliases: [String]
  /// Role or title, for people and bodies ("spokesperson", "ministry"), when known.
  public var role: String?
  public var description: String?
  public var mentions: [Mention]

  public init(
    id: String, name: String, kind: Kind, parent: String? = nil, aliases: [String] = [],
    role: String? = nil, description: String? = nil, mentions: [Mention] = []
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.parent = parent
    self.aliases = aliases
    self.role = role
    self.description = description
    self.mentions = mentions
  }

  private enum CodingKeys: String, CodingKey {
    case id, name, kind, parent, aliases, role, description, mentions
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    kind = try c.decode(Kind.self, forKey: .kind)
    parent = try c.decodeIfPresent(String.self, forKey: .parent)
    aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    role = try c.decodeIfPresent(String.self, forKey: .role)
    description = try c.decodeIfPresent(String.self, forKey: .description)
    mentions = try c.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
  }

  /// `parent` is always present, as `null` when there is none (the JSON contract).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(kind, forKey: .kind)
    try c.encode(parent, forKey: .parent)
    try c.encode(aliases, forKey: .aliases)
    try c.encodeIfPresent(role, forKey: .role)
    try c.encodeIfPresent(description, forKey: .description)
    try c.encode(mentions, forKey: .mentions)
  }
}

/// Where a party was named: the sentence index and the words used.
public struct Mention: Codable, Sendable, Hashable {
  public var sentence: Int
  public var text: String

  public init(sentence: Int, text: String) {
    self.sentence = sentence
    self.text = text
  }
}
