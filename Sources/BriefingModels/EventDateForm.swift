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

  /// The date a timex implies (``EventDate/init(timex:)``, the rule extraction dates events
  /// by), for a value whose first part is a calendar number; nil otherwise. Writing checks that
  /// the date read back is the event's, so an event dated by another rule is written out, never
  /// changed.
  static func implied(by t: Timex) -> EventDate? {
    guard let date = EventDate(timex: t), let first = date.value.split(separator: "-").first,
      first.allSatisfy({ $0.isNumber || $0 == "X" })
    else { return nil }
    return date
  }
}
