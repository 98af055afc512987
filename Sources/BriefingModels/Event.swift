/// Something that happened (or will), dated, with who took part and where.
public struct Event: Codable, Sendable, Hashable, Identifiable {
  /// What kind of happening; an open vocabulary kept small on purpose.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case meeting, negotiation, agreement, exchange, attack, deployment, statement
    case humanitarian, election, sanction, other
  }

  public var id: String
  public var date: EventDate
  public var text: String
  /// Index of the sentence the event comes from.
  public var sentence: Int
  /// Party ids.
  public var parties: [String]
  public var places: [String]
  public var kind: Kind

  public init(
    id: String, date: EventDate, text: String, sentence: Int, parties: [String] = [],
    places: [String] = [], kind: Kind = .other
  ) {
    self.id = id
    self.date = date
    self.text = text
    self.sentence = sentence
    self.parties = parties
    self.places = places
    self.kind = kind
  }
}

/// The date of an event: a TIMEX3 value, how precise it is, and the words it came from.
public struct EventDate: Codable, Sendable, Hashable {
  public enum Precision: String, Codable, Sendable, CaseIterable {
    case day, week, month, quarter, year, decade
  }

  /// TIMEX3 value such as `2025-06-02`, `2025-W23`, `2025-06`.
  public var value: String
  public var precision: Precision
  /// The words of the text the date was read from ("Monday, June 2").
  public var text: String

  public init(value: String, precision: Precision, text: String) {
    self.value = value
    self.precision = precision
    self.text = text
  }
}
