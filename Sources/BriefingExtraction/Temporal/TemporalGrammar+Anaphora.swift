import BriefingModels

/// Expressions read against an earlier one or against the calendar's fixed days: "that year",
/// "later that day", "the following month", "the year", "year-end", "Thanksgiving Day".
extension TemporalGrammar {
  /// "that year", "that same day", "later that year", "earlier that day", "the following
  /// year", "the same day".
  func anaphoric(at i: Int) -> TimexCandidate? {
    var k = i
    if ["later", "earlier"].contains(lower(k)), lower(k + 1) == "that" { k += 1 }
    var offset = 0
    switch lower(k) {
    case "that":
      k += 1
      if lower(k) == "same" { k += 1 }
    case "the":
      switch lower(k + 1) {
      case "same": offset = 0
      case "following", "next": offset = 1
      case "previous", "preceding": offset = -1
      default: return nil
      }
      k += 2
    default: return nil
    }
    guard let u = unit(at: k), !u.plural else { return nil }
    let value: String?
    switch u.unit {
    case .day:
      value = discourse.lastDay.flatMap(CalendarDateParser.parse).map {
        $0.adding(days: offset).iso
      }
    case .month:
      value = discourse.lastMonth.flatMap { m in
        guard let y = Int(m.prefix(4)), let mm = Int(m.suffix(2)) else { return nil }
        return TemporalReference.monthValue(year: y, monthIndex: mm + offset)
      }
    case .year:
      value = discourse.lastYear.flatMap(Int.init).map { TemporalReference.pad($0 + offset, 4) }
    default:
      value = nil
    }
    guard let value else { return nil }
    return TimexCandidate(end: k + 1, type: .date, value: value, anchors: false)
  }

  /// The second day of "April 24 and 25", "June 2-3", "May 8 to 10": the month of the day
  /// named just before.
  func coordinatedDay(at i: Int) -> TimexCandidate? {
    guard discourse.lastDayToken == i - 1,
      ["and", "or", "-", "–", "to", "through"].contains(lower(i - 1)),
      let t = token(i), let d = t.integer, t.text.count <= 2, (1...31).contains(d),
      let last = discourse.lastDay.flatMap(CalendarDateParser.parse), d > last.day,
      let date = CalendarDate(year: last.year, month: last.month, day: d)
    else { return nil }
    let next = lower(i + 1)
    if unit(at: i + 1) != nil || month(at: i + 1) != nil
      || ["percent", "%", ":", "."].contains(next) && next != "."
    {
      return nil
    }
    return TimexCandidate(end: i + 1, type: .date, value: date.iso)
  }

  /// The words between "the" and "year" in `theYear` ("the full year").
  static let yearAdjectives: WordSet = [
    "full", "fiscal", "current", "latest", "calendar", "entire", "whole",
  ]

  /// "the year", "the full year", "the fiscal year", "the current year": this year, or a
  /// one-year stretch when it "ended" on a day ("the year ended March 31").
  func theYear(at i: Int) -> TimexCandidate? {
    guard lower(i) == "the" else { return nil }
    var k = i + 1
    while Self.yearAdjectives.contains(lower(k)) { k += 1 }
    guard lower(k) == "year", !isPunct(k + 1, "-"), !isPunct(k + 1, "'") else { return nil }
    if ["ended", "ending", "ends", "to", "through"].contains(lower(k + 1)) {
      return TimexCandidate(end: k + 1, type: .duration, value: "P1Y")
    }
    guard
      ["for", "of", "in", "during", "through", "throughout"].contains(lower(i - 1)) || k > i + 1
    else {
      return nil
    }
    if ["before", "after", "earlier", "later", "when", "that", "in"].contains(lower(k + 1)) {
      return nil
    }
    return TimexCandidate(end: k + 1, type: .date, value: ref.year(offset: 0))
  }

  /// "year-end", "year end", "year's end", "the end of the year".
  func yearEnd(at i: Int) -> TimexCandidate? {
    guard lower(i) == "year" else { return nil }
    var k = i + 1
    if isPunct(k, "-") { k += 1 }
    if isPunct(k, "'") || isPunct(k, "’"), lower(k + 1) == "s" { k += 2 }
    guard lower(k) == "end" else { return nil }
    let y = lower(i - 1) == "since" ? -1 : 0
    return TimexCandidate(end: k + 1, type: .date, value: ref.year(offset: y) + "-12-31")
  }

  /// Named days: "Thanksgiving Day", "Christmas", "New Year's Day", "Easter", "Election Day".
  func holiday(at i: Int) -> TimexCandidate? {
    var k = i
    var offset: Int?
    switch lower(i) {
    case "last": offset = -1
    case "next": offset = 1
    case "this": offset = 0
    default: break
    }
    if offset != nil { k += 1 }
    guard let t = token(k), t.isCapitalised else { return nil }
    var end = k + 1
    var rule: ((Int) -> CalendarDate?)?
    var week = false
    switch t.lower {
    case "christmas":
      let eve = lower(end) == "eve"
      if eve || lower(end) == "day" { end += 1 }
      rule = { CalendarDate(year: $0, month: 12, day: eve ? 24 : 25) }
    case "thanksgiving":
      if lower(end) == "day" { end += 1 }
      rule = { Self.nthWeekday(4, weekday: 4, month: 11, year: $0) }
    case "easter":
      if lower(end) == "sunday" {
        end += 1
      } else if lower(end) == "week" {
        end += 1
        week = true
      }
      rule = { Self.easter($0) }
    case "halloween":
      rule = { CalendarDate(year: $0, month: 10, day: 31) }
    case "election", "labor", "memorial":
      guard lower(end) == "day", token(end)?.isCapitalised == true else { return nil }
      end += 1
      switch t.lower {
      case "election":
        rule = { Self.nthWeekday(1, weekday: 1, month: 11, year: $0)?.adding(days: 1) }
      case "labor": rule = { Self.nthWeekday(1, weekday: 1, month: 9, year: $0) }
      default:
        rule = {
          Self.nthWeekday(5, weekday: 1, month: 5, year: $0)
            ?? Self.nthWeekday(4, weekday: 1, month: 5, year: $0)
        }
      }
    case "new":
      guard lower(end) == "year", isPunct(end + 1, "'") || isPunct(end + 1, "’"),
        lower(end + 2) == "s",
        lower(end + 3) == "day" || lower(end + 3) == "eve"
      else { return nil }
      let eve = lower(end + 3) == "eve"
      end += 4
      rule = {
        eve ? CalendarDate(year: $0, month: 12, day: 31) : CalendarDate(year: $0, month: 1, day: 1)
      }
    default:
      return nil
    }
    guard let rule else { return nil }
    guard let dct else { return nil }
    let now = dct.dayNumber
    let dates = [dct.year - 1, dct.year, dct.year + 1].compactMap(rule)
    let chosen: CalendarDate?
    switch offset ?? 99 {
    case -1: chosen = dates.last { $0.dayNumber < now }
    case 1: chosen = dates.first { $0.dayNumber > now }
    default:
      let future = tense(around: i) == .future
      chosen =
        future
        ? dates.first { $0.dayNumber >= now }
        : dates.min { abs($0.dayNumber - now) < abs($1.dayNumber - now) }
    }
    guard let chosen else { return nil }
    return TimexCandidate(
      end: end, type: .date, value: week ? TemporalReference.weekValue(chosen) : chosen.iso)
  }

  /// The n-th given weekday of a month (n = 5 for the last one when there are five).
  static func nthWeekday(_ n: Int, weekday: Int, month: Int, year: Int) -> CalendarDate? {
    guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
    let shift = (weekday - first.weekday + 7) % 7
    let d = first.adding(days: shift + 7 * (n - 1))
    return d.month == month ? d : nil
  }

  /// Easter Sunday (Gregorian computus).
  static func easter(_ y: Int) -> CalendarDate? {
    let a = y % 19
    let b = y / 100
    let c = y % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CalendarDate(year: y, month: month, day: day)
  }
}
