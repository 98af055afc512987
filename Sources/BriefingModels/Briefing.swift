/// Everything extracted from one article. Its own `Codable` form is version 1 of the JSON
/// contract, every key present (the caches use it); the published form is ``BriefingContract``.
public struct Briefing: Codable, Sendable, Hashable {
  /// The version of this type's own `Codable` layout (contract version 1); the contract's
  /// current version is ``BriefingContract/schemaVersion``.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var article: ArticleMeta
  public var sentences: [String]
  /// Extractive summary: a few sentences of the article, in article order.
  public var summary: [String]
  public var parties: [Party]
  public var events: [Event]
  public var statements: [Statement]
  public var timex: [Timex]

  public init(
    article: ArticleMeta, sentences: [String] = [], summary: [String] = [],
    parties: [Party] = [], events: [Event] = [], statements: [Statement] = [],
    timex: [Timex] = []
  ) {
    self.schemaVersion = Briefing.currentSchemaVersion
    self.article = article
    self.sentences = sentences
    self.summary = summary
    self.parties = parties
    self.events = events
    self.statements = statements
    self.timex = timex
  }
}
