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
  func yearFor(month: Int, day: Int?, future: Bool?) -> Int? {
    guard let dct else { return nil }
    let d = day ?? 15
    var best = dct.year
    var bestDistance = Int.max
    for y in (dct.year - 1)...(dct.year + 1) {
      let day = min(d, CalendarDate.daysIn(month: month, year: y))
      guard let c = CalendarDate(year: y, month: month, day: day) else { continue }
      var distance = abs(c.dayNumber - dct.dayNumber)
      if let future {
        if future && c.dayNumber < dct.dayNumber - 7 { distance += 400 }
        if !future && c.dayNumber > dct.dayNumber + 7 { distance += 400 }
      }
      if distance < bestDistance {
        bestDistance = distance
        best = y
      }
    }
    return best
  }

  /// The year a quarter without a year refers to: this year's, or last year's when the
  /// quarter has not begun yet (news reports on quarters that are over).
  func yearFor(quarter q: Int, future: Bool) -> String {
    guard let dct else { return "XXXX" }
    let current = (dct.month - 1) / 3 + 1
    if q > current && !future { return Self.pad(dct.year - 1, 4) }
    return Self.pad(dct.year, 4)
  }
}
