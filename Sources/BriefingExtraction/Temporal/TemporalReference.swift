import BriefingModels

/// Calendar arithmetic against a document date: turns "yesterday", "last week", "June 2"
/// into TIMEX3 values. Without a date, the unknown parts are written as `X`s.
struct TemporalReference: Sendable {
  var dct: CalendarDate?

  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  // MARK: Formatting

  static func dayValue(_ d: CalendarDate) -> String { d.iso }

  static func weekValue(_ d: CalendarDate) -> String {
    let w = d.isoWeek
    return "\(pad(w.year, 4))-W\(pad(w.week, 2))"
  }

  static func monthValue(year: Int, month: Int) -> String { "\(pad(year, 4))-\(pad(month, 2))" }

  /// Normalises a month count that may have run past December or before January.
  static func monthValue(year: Int, monthIndex: Int) -> String {
    let total = year * 12 + (monthIndex - 1)
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    return monthValue(year: y, month: total - y * 12 + 1)
  }

  static func quarterValue(year: Int, quarterIndex: Int) -> String {
    let total = year * 4 + (quarterIndex - 1)
    let y = total >= 0 ? total / 4 : (total - 3) / 4
    return "\(pad(y, 4))-Q\(total - y * 4 + 1)"
  }

  // MARK: Relative to the document date

  /// The day `offset` days from the document date.
  func day(offset: Int) -> String {
    guard let dct else { return "XXXX-XX-XX" }
    return dct.adding(days: offset).iso
  }

  func week(offset: Int) -> String {
    guard let dct else { return "XXXX-WXX" }
    return Self.weekValue(dct.adding(days: 7 * offset))
  }

  func weekend(offset: Int) -> String {
    guard let dct else { return "XXXX-WXX-WE" }
    return Self.weekValue(dct.adding(days: 7 * offset)) + "-WE"
  }

  func month(offset: Int) -> String {
    guard let dct else { return "XXXX-XX" }
    return Self.monthValue(year: dct.year, monthIndex: dct.month + offset)
  }

  func quarter(offset: Int) -> String {
    guard let dct else { return "XXXX-QX" }
    return Self.quarterValue(year: dct.year, quarterIndex: (dct.month - 1) / 3 + 1 + offset)
  }

  func year(offset: Int) -> String {
    guard let dct else { return "XXXX" }
    return Self.pad(dct.year + offset, 4)
  }

  func decade(offset: Int) -> String {
    guard let dct else { return "XXX" }
    return Self.pad(dct.year / 10 + offset, 3)
  }

  func century(offset: Int) -> String {
    guard let dct else { return "XX" }
    return Self.pad(dct.year / 100 + offset, 2)
  }

  /// A value `count` units before (negative) or after the document date, at the unit's
  /// granularity ("two years ago" → the year two before).
  func shifted(_ unit: TemporalUnit, by count: Int) -> String {
    switch unit {
    case .second, .minute, .hour, .day: return day(offset: unit == .day ? count : 0)
    case .week, .weekend: return week(offset: count)
    case .fortnight: return week(offset: 2 * count)
    case .month: return month(offset: count)
    case .quarter: return quarter(offset: count)
    case .year: return year(offset: count)
    case .decade: return year(offset: 10 * count)
    case .century: return year(offset: 100 * count)
    }
  }

  /// The date of a weekday near the document date: the last one on or before it, or with
  /// `future`, the next one on or after it.
  func weekday(_ wd: Int, future: Bool, weeksOffset: Int = 0) -> String {
    guard let dct else { return "XXXX-XX-XX" }
    var diff = wd - dct.weekday
    if future {
      if diff < 0 { diff += 7 }
    } else if diff > 0 {
      diff -= 7
    }
    return dct.adding(days: diff + 7 * weeksOffset).iso
  }

  /// The year a month (and day) without a year most plausibly falls in: the one nearest
  /// the document date, leaning forward or back with the tense.
  ///
  /// News mostly reports what has happened: without a cue, the latest occurrence that is not
  /// more than a short window after the document date; with a future cue, the first
  /// occurrence from a week before it on; with a past cue, the latest one up to it.
  func yearFor(month: Int, day: Int?, tense: TemporalTense) -> Int? {
    guard let dct else { return nil }
    let now = dct.dayNumber
    func date(_ y: Int) -> Int {
      if let day {
        return CalendarDate(
          year: y, month: month, day: min(day, CalendarDate.daysIn(month: month, year: y)))!
          .dayNumber
      }
      return CalendarDate(year: y, month: month, day: 1)!.dayNumber
    }
    let years = [dct.year - 1, dct.year, dct.year + 1]
    switch tense {
    case .future:
      return years.first { date($0) >= now - (day == nil ? 31 : 30) } ?? dct.year
    case .past where day == nil:
      return years.last { date($0) <= now } ?? dct.year - 1
    case .past, .unknown:
      if day != nil {
        // The nearest occurrence, a future one counting half again as far (three
        // times as far after a past-tense verb: "said it is calling ... on Dec. 7").
        let weight = tense == .past ? 3 : 1.5
        func cost(_ y: Int) -> Double {
          date(y) > now ? Double(date(y) - now) * weight : Double(now - date(y))
        }
        return years.min { cost($0) < cost($1) } ?? dct.year
      }
      return years.last { date($0) <= now + 62 } ?? dct.year
    }
  }

  /// The year a quarter without a year refers to: this year's, or last year's when the
  /// quarter has not begun yet (news reports on quarters that are over).
  func yearFor(quarter q: Int, tense: TemporalTense) -> String {
    guard let dct else { return "XXXX" }
    let current = (dct.month - 1) / 3 + 1
    if q > current && tense != .future { return Self.pad(dct.year - 1, 4) }
    return Self.pad(dct.year, 4)
  }
}
