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

  /// The date a timex gives an event: its value without a time of day, and the precision that
  /// value has (a week `2025-W23`, a month `2025-06`, a quarter, half or season `2025-Q3`,
  /// `2025-H1`, `2025-SU`, a year, a decade `202`, else a day). Nil for a first part longer
  /// than a year. Extraction dates events by it, and the contract's timex form reads it back.
  public init?(timex t: Timex) {
    var value = t.value
    // A timex value is ASCII: searched and split on bytes (the same parts), else on characters.
    let ascii = value.isASCIIOnly
    if ascii {
      if let time = value.utf8.firstIndex(of: UInt8(ascii: "T")) { value = String(value[..<time]) }
    } else if let time = value.firstIndex(of: "T") {
      value = String(value[..<time])
    }
    let parts: [Substring] = ascii ? Self.asciiParts(value) : value.split(separator: "-")
    let precision: Precision
    switch parts.count {
    case 0:
      return nil
    case 1:
      guard parts[0].count <= 4 else { return nil }
      precision = parts[0].count == 4 ? .year : .decade
    case 2:
      let p = parts[1]
      if p.hasPrefix("W") {
        precision = .week
      } else if p.hasPrefix("Q") || p.hasPrefix("H") || p.allSatisfy(\.isLetter) {
        precision = .quarter
      } else {
        precision = .month
      }
    default:
      precision = parts[1].hasPrefix("W") ? .week : .day
    }
    self.init(value: value, precision: precision, text: t.text)
  }

  /// `value.split(separator: "-")` for an ASCII value, by bytes.
  private static func asciiParts(_ value: String) -> [Substring] {
    var parts: [Substring] = []
    let utf8 = value.utf8
    var start = utf8.startIndex
    var i = start
    while i != utf8.endIndex {
      if utf8[i] == UInt8(ascii: "-") {
        if start != i { parts.append(value[start..<i]) }
        start = utf8.index(after: i)
      }
      i = utf8.index(after: i)
    }
    if start != utf8.endIndex { parts.append(value[start..<utf8.endIndex]) }
    return parts
  }
}
