/// `content/site.yml`: the site's title, address and language.
public struct SiteConfig: Codable, Sendable, Hashable {
  public var title: String
  /// Absolute base URL of the published site, e.g. `https://example.org/briefing/`.
  public var baseURL: String
  public var language: String
  public var timeZone: String
  public var description: String?
  /// Named publish targets (`production: s3://bucket/prefix`).
  public var publish: [String: String]

  public init(
    title: String = "Briefing", baseURL: String = "http://localhost:8080/",
    language: String = "en", timeZone: String = "UTC", description: String? = nil,
    publish: [String: String] = [:]
  ) {
    self.title = title
    self.baseURL = baseURL
    self.language = language
    self.timeZone = timeZone
    self.description = description
    self.publish = publish
  }
}

/// One editor-curated entry of `content/parties.yml`; it extends and overrides the gazetteer.
public struct PartyDefinition: Codable, Sendable, Hashable {
  public var id: String?
  public var name: String
  public var kind: Party.Kind
  public var parent: String?
  public var aliases: [String]
  public var role: String?
  public var description: String?

  public init(
    id: String? = nil, name: String, kind: Party.Kind, parent: String? = nil,
    aliases: [String] = [], role: String? = nil, description: String? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.parent = parent
    self.aliases = aliases
    self.role = role
    self.description = description
  }
}
