/// An event's date in the JSON contract (version 3): the index of the `timex` entry it was read
/// from when that entry implies it exactly, else the date written out, as in version 2.
enum EventDateForm: Codable, Hashable {
  case timex(Int)
  case written(EventDate)

  /// The index of the first timex whose ``implied(by:)`` date is `date`; `implied` holds those
  /// dates, worked out once per briefing rather than once per event (3 G instructions at 1k).
  init(_ date: EventDate, implied: [EventDate?]) {
    if let i = implied.firstIndex(where: { $0 == date }) {
      self = .timex(i)
    } else {
      self = .written(date)
    }
  }

  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let i = try? c.decode(Int.self) {
      self = .timex(i)
    } else {
      self = .written(try c.decode(EventDate.self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .timex(let i): try c.encode(i)
    case .written(let date): try c.encode(date)
    }
  }

  func date(timex: [Timex]) throws -> EventDate {
    switch self {
    case .written(let date): return date
    case .timex(let i):
      guard timex.indices.contains(i), let date = Self.implied(by: timex[i]) else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: [], debugDescription: "event date \(i) is no date of the timex list"))
      }
      return date
    }
  }

  /// The date a timex implies: its value without a time of day, the precision that value has
  /// (a week `2025-W23`, a month `2025-06`, a quarter, half or season `2025-Q3`, `2025-H1`,
  /// `2025-SU`, a year, a decade `202`, else a day: the rule extraction dates events by), and
  /// its words. Nil for a value that is no calendar date. Writing checks that the date read
  /// back is the event's, so an event dated by another rule is written out, never changed.
  static func implied(by t: Timex) -> EventDate? {
    var value = t.value
    if let time = value.firstIndex(of: "T") { value = String(value[..<time]) }
    let parts = value.split(separator: "-")
    guard let first = parts.first, first.allSatisfy({ $0.isNumber || $0 == "X" }) else {
      return nil
    }
    let precision: EventDate.Precision
    switch parts.count {
    case 1:
      guard first.count <= 4 else { return nil }
      precision = first.count == 4 ? .year : .decade
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
    return EventDate(value: value, precision: precision, text: t.text)
  }
}
