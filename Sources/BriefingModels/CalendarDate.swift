/// A day in the proleptic Gregorian calendar, free of time zones.
///
/// Articles are dated by day; using plain year-month-day avoids `Date`'s time-zone traps.
public struct CalendarDate: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// Creates a date, or nil when it does not exist (2025-02-30, month 13).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1,
      day <= CalendarDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses exactly `YYYY-MM-DD`; nil for any other form or an impossible date.
  /// Read on bytes (ten of them, ASCII digits and two dashes): a rebuild parses tens of
  /// thousands of dates, and splitting each into Characters cost 18,000 instructions a date.
  public init?(iso: String) {
    var iso = iso
    guard
      let parsed = iso.withUTF8({ u -> (Int, Int, Int)? in
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else {
          return nil
        }
        func number(_ from: Int, _ to: Int) -> Int? {
          var n = 0
          for i in from..<to {
            guard u[i] >= UInt8(ascii: "0"), u[i] <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(u[i] - UInt8(ascii: "0"))
          }
          return n
        }
        guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else {
          return nil
        }
        return (y, m, d)
      })
    else { return nil }
    self.init(year: parsed.0, month: parsed.1, day: parsed.2)
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before it).
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date `dayNumber` days after 1970-01-01.
  public init(dayNumber z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    month = m
    day = d
  }

  public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

  /// ISO weekday: 1 = Monday ... 7 = Sunday.
  public var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
    return (w < 0 ? w + 7 : w) + 1
  }

  /// ISO 8601 week-numbering year and week.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
    return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
  }

  /// `YYYY-MM-DD`. A year of 0 to 9999 is written digit by digit into the string: search and
  /// the timeline's data print a date for every timeline entry at every build, and padding
  /// and joining three strings cost 3,500 instructions a date (0.54 G of a 10,000-article
  /// rebuild). Any other year is written as it always was.
  public var iso: String {
    guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
      func pad(_ n: Int, _ w: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, w - s.count)) + s
      }
      return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
    return String(unsafeUninitializedCapacity: 10) { out in
      func digits(_ n: Int, at start: Int, count: Int) {
        var n = n
        for i in stride(from: start + count - 1, through: start, by: -1) {
          out[i] = UInt8(48 + n % 10)
          n /= 10
        }
      }
      digits(year, at: 0, count: 4)
      out[4] = 45  // "-"
      digits(month, at: 5, count: 2)
      out[7] = 45
      digits(day, at: 8, count: 2)
      return 10
    }
  }

  public var description: String { iso }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  public init(from decoder: any Decoder) throws {
    let s = try decoder.singleValueContainer().decode(String.self)
    guard let d = CalendarDate(iso: s) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(s)"))
    }
    self = d
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(iso)
  }
}
