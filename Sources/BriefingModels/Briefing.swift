/// Everything extracted from one article: the JSON contract of `briefing extract`.
public struct Briefing: Codable, Sendable, Hashable {
  /// Bumped only when a field is renamed or dropped; adding fields keeps it.
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
