/// Everything extracted from one article. Its own `Codable` form is version 1 of the JSON
/// contract, every key present (the caches use it); the published form is ``BriefingContract``.
public struct Briefing: Codable, Sendable, Hashable {
  /// The version of this type's own `Codable` layout (contract version 1); the contract's
  /// current version is ``BriefingContract/schemaVersion``.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var article: ArticleMeta
  public var sentences: [String] {
    get { text.value.sentences }
    set { text = BriefingText(text.value.with { $0.sentences = newValue }) }
  }
  /// Extractive summary: a few sentences of the article, in article order.
  public var summary: [String] {
    get { text.value.summary }
    set { text = BriefingText(text.value.with { $0.summary = newValue }) }
  }
  public var parties: [Party]
  public var events: [Event]
  public var statements: [Statement]
  public var timex: [Timex] {
    get { text.value.timex }
    set { text = BriefingText(text.value.with { $0.timex = newValue }) }
  }
  /// Sentences, summary and timex: read whole only by the briefing's own page and exports,
  /// so a cached briefing may leave them undecoded until then (``BriefingText``).
  private var text: BriefingText

  public init(
    article: ArticleMeta, sentences: [String] = [], summary: [String] = [],
    parties: [Party] = [], events: [Event] = [], statements: [Statement] = [],
    timex: [Timex] = []
  ) {
    self.schemaVersion = Briefing.currentSchemaVersion
    self.article = article
    self.parties = parties
    self.events = events
    self.statements = statements
    self.text = BriefingText(.init(sentences: sentences, summary: summary, timex: timex))
  }

  /// A briefing whose sentences, summary and timex are made by `text` when first read (once,
  /// on any thread): a cache that keeps their bytes decodes them only for the briefings a
  /// build reads them of.
  public init(
    article: ArticleMeta, parties: [Party], events: [Event], statements: [Statement],
    text: @escaping @Sendable () -> BriefingText.Parts
  ) {
    self.schemaVersion = Briefing.currentSchemaVersion
    self.article = article
    self.parties = parties
    self.events = events
    self.statements = statements
    self.text = BriefingText(text)
  }

  private enum CodingKeys: String, CodingKey {
    case schemaVersion, article, sentences, summary, parties, events, statements, timex
  }

  // Written out (the lazy part is not a stored field): the same keys in the same order as
  // the synthesized form had.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    article = try c.decode(ArticleMeta.self, forKey: .article)
    let sentences = try c.decode([String].self, forKey: .sentences)
    let summary = try c.decode([String].self, forKey: .summary)
    parties = try c.decode([Party].self, forKey: .parties)
    events = try c.decode([Event].self, forKey: .events)
    statements = try c.decode([Statement].self, forKey: .statements)
    let timex = try c.decode([Timex].self, forKey: .timex)
    text = BriefingText(.init(sentences: sentences, summary: summary, timex: timex))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encode(article, forKey: .article)
    try c.encode(sentences, forKey: .sentences)
    try c.encode(summary, forKey: .summary)
    try c.encode(parties, forKey: .parties)
    try c.encode(events, forKey: .events)
    try c.encode(statements, forKey: .statements)
    try c.encode(timex, forKey: .timex)
  }

  public static func == (a: Briefing, b: Briefing) -> Bool {
    a.schemaVersion == b.schemaVersion && a.article == b.article && a.parties == b.parties
      && a.events == b.events && a.statements == b.statements
      && (a.text === b.text || a.text.value == b.text.value)
  }

  public func hash(into h: inout Hasher) {
    h.combine(schemaVersion)
    h.combine(article)
    h.combine(parties)
    h.combine(events)
    h.combine(statements)
    h.combine(text.value)
  }
}
