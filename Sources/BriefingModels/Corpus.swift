/// All briefings of a site, assembled: one party registry and one merged timeline.
public struct Corpus: Codable, Sendable, Hashable {
  public var briefings: [Briefing]
  /// Parties merged across articles (aliases united, hierarchy kept), sorted by id.
  public var parties: [Party]
  /// Events merged across articles, sorted by date.
  public var timeline: [TimelineEntry]
  /// Where reports of the same happening contradict each other; [] when absent from JSON.
  public var disagreements: [Disagreement]
  /// Who met, agreed with, accused or made demands of whom (``Relation``), in a stable order.
  public var relations: [Relation]

  public init(
    briefings: [Briefing], parties: [Party], timeline: [TimelineEntry],
    disagreements: [Disagreement] = [], relations: [Relation] = []
  ) {
    self.briefings = briefings
    self.parties = parties
    self.timeline = timeline
    self.disagreements = disagreements
    self.relations = relations
  }

  private enum CodingKeys: String, CodingKey {
    case briefings, parties, timeline, disagreements, relations
  }

  /// `disagreements` and `relations` came later: a corpus encoded without them decodes with none.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    briefings = try c.decode([Briefing].self, forKey: .briefings)
    parties = try c.decode([Party].self, forKey: .parties)
    timeline = try c.decode([TimelineEntry].self, forKey: .timeline)
    disagreements = try c.decodeIfPresent([Disagreement].self, forKey: .disagreements) ?? []
    relations = try c.decodeIfPresent([Relation].self, forKey: .relations) ?? []
  }
}

/// One real event on the timeline, with every article that reported it.
public struct TimelineEntry: Codable, Sendable, Hashable, Identifiable {
  /// Stable slug used as the event's anchor.
  public var id: String
  public var date: EventDate
  /// Headline text: the clearest report's sentence.
  public var text: String
  public var kind: Event.Kind
  public var parties: [String]
  public var places: [String]
  public var sources: [EventSource]

  public init(
    id: String, date: EventDate, text: String, kind: Event.Kind, parties: [String],
    places: [String], sources: [EventSource]
  ) {
    self.id = id
    self.date = date
    self.text = text
    self.kind = kind
    self.parties = parties
    self.places = places
    self.sources = sources
  }
}

/// One report of a timeline event: which article, which sentence.
public struct EventSource: Codable, Sendable, Hashable {
  /// Article id.
  public var article: String
  /// Event id within that article's briefing.
  public var event: String
  public var sentence: Int
  public var text: String

  public init(article: String, event: String, sentence: Int, text: String) {
    self.article = article
    self.event = event
    self.sentence = sentence
    self.text = text
  }
}
