import BriefingModels

/// One hand-annotated article of the gold set (`Evaluation/gold/<name>.gold.yml`; the format is
/// described in `Evaluation/gold/README.md`).
public struct GoldFile: Decodable, Sendable, Hashable {
  public struct PartyNames: Decodable, Sendable, Hashable {
    public var id: String
    public var names: [String]?
  }

  public struct Event: Decodable, Sendable, Hashable {
    public var date: String
    public var kind: String
    public var parties: [String]?
    public var places: [String]?
    public var quote: String
  }

  public struct Statement: Decodable, Sendable, Hashable {
    public var party: String
    public var speaker: String?
    public var stance: String
    public var target: String?
    public var cue: String?
    public var quote: String
  }

  /// Article path from the repository root.
  public var article: String
  /// The article's publication date, `YYYY-MM-DD`.
  public var date: String
  public var parties: [PartyNames]
  public var events: [Event]
  public var statements: [Statement]

  /// Where the gold file itself was read from (for messages); not part of the YAML.
  public var path: String = ""

  private enum CodingKeys: String, CodingKey {
    case article, date, parties, events, statements
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    article = try c.decode(String.self, forKey: .article)
    // YAML reads an unquoted 2025-06-02 as a string with Yams' decoder; accept both.
    date = try c.decode(String.self, forKey: .date)
    parties = try c.decodeIfPresent([PartyNames].self, forKey: .parties) ?? []
    events = try c.decodeIfPresent([Event].self, forKey: .events) ?? []
    statements = try c.decodeIfPresent([Statement].self, forKey: .statements) ?? []
  }
}
