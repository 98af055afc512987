import BriefingModels

/// Expressions read against the document date: "yesterday", "on Monday", "last week",
/// "earlier this month", "two years ago", "next year", "now", "recently", "the future".
extension TemporalGrammar {
  func relativeExpression(at i: Int) -> TimexCandidate? {
    let w = lower(i)
    switch w {
    case "yesterday", "today", "tomorrow", "tonight":
      return deicticDay(at: i)
    case "last", "this", "next", "coming", "past", "previous", "current", "following",
      "these":
      if let c = shiftedExpression(at: i) {
        // "this year's third quarter", "next year's first half".
        if c.value.count == 4, isPunct(c.end, "'") || isPunct(c.end, "’"), lower(c.end + 1) == "s",
          let q = quarterDate(at: c.end + 2)
        {
          return TimexCandidate(end: q.end, type: .date, value: q.value)
        }
        return c
      }
    case "earlier", "later":
      if ["this", "that", "next", "last"].contains(lower(i + 1)),
        var c = shiftedExpression(at: i + 1), c.type == .date
      {
        c.takesDeterminer = false
        return c
      }
      // "Earlier Sunday", "later yesterday".
      if var c = weekdayExpression(at: i + 1, offset: nil) ?? deicticDay(at: i + 1), c.type == .date
      {
        c.takesDeterminer = false
        return c
      }
    default: break
    }
    if let c = weekdayExpression(at: i, offset: nil) { return c }
    if let c = agoExpression(at: i) { return c }
    return referenceWord(at: i)
  }

  /// "yesterday", "today", "tomorrow" (with "morning", "night" ...), "tonight".
  func deicticDay(at i: Int) -> TimexCandidate? {
    let offsets = ["yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0]
    guard let offset = offsets[lower(i)] else { return nil }
    let day = ref.day(offset: offset)
    if lower(i) == "tonight" { return TimexCandidate(end: i + 1, type: .time, value: day + "TNI") }
    if let part = TemporalLexicon.partsOfDay[lower(i + 1)] {
      return TimexCandidate(end: i + 2, type: .time, value: day + "T" + part)
    }
    // "today's world" is generic, not the document's day.
    if lower(i) == "today", isPunct(i + 1, "'") || isPunct(i + 1, "’"), lower(i + 2) == "s",
      let next = token(i + 3), next.kind == .word, !next.isCapitalised
    {
      return nil
    }
    return TimexCandidate(end: i + 1, type: .date, value: day)
  }

  /// "last week", "this month", "next year", "last November", "last summer", "this
  /// morning", "last night", "next Monday", "the past year".
  func shiftedExpression(at i: Int) -> TimexCandidate? {
    let w = lower(i)
    let offset: Int
    switch w {
    case "last", "past", "previous": offset = -1
    case "this", "current", "these": offset = 0
    case "next", "coming", "following": offset = 1
    default: return nil
    }
    let k = i + 1
    if let wd = weekdayExpression(at: k, offset: offset) { return wd }
    if let part = TemporalLexicon.partsOfDay[lower(k)] {
      if w == "this" {
        return TimexCandidate(end: k + 1, type: .time, value: ref.day(offset: 0) + "T" + part)
      }
      if w == "last" && lower(k) == "night" {
        return TimexCandidate(end: k + 1, type: .time, value: ref.day(offset: -1) + "TNI")
      }
      return nil
    }
    if let m = month(at: k) {
      return TimexCandidate(end: m.end, type: .date, value: monthRelative(m.month, offset: offset))
    }
    // "the past decade" is a stretch of time, "the past year" a date.
    if w == "past" || w == "last", let u = unit(at: k), !u.plural,
      u.unit == .decade || u.unit == .century
    {
      return TimexCandidate(
        end: k + 1, type: .duration, value: durationValue(count: 1, unit: u.unit),
        takesDeterminer: true)
    }
    if let s = TemporalLexicon.seasons[lower(k)] {
      return TimexCandidate(end: k + 1, type: .date, value: seasonRelative(s, offset: offset))
    }
    guard let u = unit(at: k), !u.plural || w == "these" else { return nil }
    if w == "these" { return nil }
    if w == "following" || w == "previous", lower(i - 1) == "the" {
      return nil
    }
    let value: String
    switch u.unit {
    case .day: return nil
    case .week: value = ref.week(offset: offset)
    case .weekend:
      value = ref.weekend(offset: offset)
    case .fortnight: value = ref.week(offset: 2 * offset)
    case .month: value = ref.month(offset: offset)
    case .quarter: value = ref.quarter(offset: offset)
    case .year: value = ref.year(offset: offset)
    case .decade: value = ref.decade(offset: offset)
    case .century: value = ref.century(offset: offset)
    default: return nil
    }
    return TimexCandidate(end: k + 1, type: .date, value: value, takesDeterminer: true)
  }

  /// The month `offset` occurrences from the document date: "last April", "this September".
  func monthRelative(_ m: Int, offset: Int) -> String {
    guard let dct = ref.dct else { return "XXXX-" + TemporalReference.pad(m, 2) }
    var y = dct.year
    if offset < 0 && m >= dct.month { y -= 1 }
    if offset > 0 && m <= dct.month { y += 1 }
    return TemporalReference.monthValue(year: y, month: m)
  }

  /// "last summer", "this fall", "next spring".
  func seasonRelative(_ s: String, offset: Int) -> String {
    guard let dct else { return "XXXX-" + s }
    let startMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][s] ?? 1
    var y = dct.year
    if offset < 0 && startMonth >= dct.month { y -= 1 }
    if offset > 0 && startMonth + 2 < dct.month { y += 1 }
    return TemporalReference.pad(y, 4) + "-" + s
  }

  var dct: CalendarDate? { ref.dct }

  /// A weekday ("Monday", "Monday morning", "Friday's"), or with `offset` the weekday after
  /// "last"/"this"/"next".
  func weekdayExpression(at i: Int, offset: Int?, tenseAnchor: Int? = nil) -> TimexCandidate? {
    guard let wd = weekday(at: i) else { return nil }
    // "Monday, June 2" is an absolute date.
    var j = wd.end
    if isPunct(j, ",") { j += 1 }
    if offset == nil, monthDayDate(at: j) != nil || dayMonthDate(at: j) != nil { return nil }
    let value: String
    switch offset {
    case .some(-1):
      value = ref.weekday(
        wd.weekday, future: false, weeksOffset: dct?.weekday == wd.weekday ? -1 : 0)
    case .some(1):
      value = ref.weekday(wd.weekday, future: true, weeksOffset: dct?.weekday == wd.weekday ? 1 : 0)
    case .some(0): value = ref.weekday(wd.weekday, future: (dct?.weekday ?? 0) < wd.weekday)
    default: value = ref.weekday(wd.weekday, future: tense(around: tenseAnchor ?? i) == .future)
    }
    if let part = TemporalLexicon.partsOfDay[lower(wd.end)] {
      // "Friday night" is dated by its day, as news annotation mostly reads it.
      _ = part
      return TimexCandidate(end: wd.end + 1, type: .date, value: value)
    }
    return TimexCandidate(end: wd.end, type: .date, value: value)
  }

  /// "two years ago", "a week earlier", "three days later", "nearly four years ago".
  func agoExpression(at i: Int) -> TimexCandidate? {
    var k = i
    var mod: String?
    if let approx = approximation(at: i) {
      k = approx.end
      mod = approx.mod
    }
    guard let n = vagueCount(at: k) ?? cardinal(at: k), let u = unit(at: n.end) else {
      return nil
    }
    let direction: Int
    var end = n.end + 1
    switch lower(end) {
    case "ago", "earlier": direction = -1
    case "later", "hence": direction = 1
    case "from":
      guard lower(end + 1) == "now" else { return nil }
      direction = 1
      end += 1
    default: return nil
    }
    end += 1
    // "three days later", "a few days earlier": a stretch of time after the event named
    // before, as TimeML annotates it; "a year earlier" is a date.
    let fromEvent = lower(end - 1) == "later" || lower(end - 1) == "earlier"
    if fromEvent && (n.value < 0 || [.second, .minute, .hour, .day, .week].contains(u.unit)) {
      return nil
    }
    guard n.value >= 0 else {
      return TimexCandidate(
        end: end, type: .date, value: direction < 0 ? "PAST_REF" : "FUTURE_REF", mod: mod)
    }
    let anchored = lower(end - 1) != "ago" && lower(end - 1) != "now" && lower(end - 1) != "hence"
    var value = ref.shifted(u.unit, by: direction * n.value)
    if u.unit == .year, i - discourse.lastQuarterToken < 600, let q = discourse.lastQuarter,
      let y = Int(q.prefix(4)), let qi = Int(q.suffix(1))
    {
      value = TemporalReference.quarterValue(
        year: y, quarterIndex: qi - 4 * n.value * (direction < 0 ? 1 : -1))
    } else if anchored, u.unit == .day, let d = discourse.lastDay, let base = CalendarDate(iso: d) {
      value = base.adding(days: direction * n.value).iso
    }
    return TimexCandidate(end: end, type: .date, value: value, mod: mod, anchors: false)
  }

  /// "several", "a few", "many" as an unknown count (value -1).
  func vagueCount(at i: Int) -> (value: Int, end: Int)? {
    if lower(i) == "a", lower(i + 1) == "few" || lower(i + 1) == "couple" {
      return (-1, lower(i + 2) == "of" ? i + 3 : i + 2)
    }
    if TemporalLexicon.vagueQuantities.contains(lower(i)) && lower(i) != "some" {
      return (-1, i + 1)
    }
    return nil
  }

  /// An approximation word before a count ("about", "nearly", "more than", "at least").
  func approximation(at i: Int) -> (mod: String, end: Int)? {
    switch lower(i) {
    case "more", "less", "fewer":
      guard lower(i + 1) == "than" else { return nil }
      return (lower(i) == "more" ? "MORE_THAN" : "LESS_THAN", i + 2)
    case "at":
      guard lower(i + 1) == "least" || lower(i + 1) == "most" else { return nil }
      return (lower(i + 1) == "least" ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS", i + 2)
    case "up":
      guard lower(i + 1) == "to" else { return nil }
      return ("EQUAL_OR_LESS", i + 2)
    default:
      guard let m = TemporalLexicon.approximations[lower(i)] else { return nil }
      return (m, i + 1)
    }
  }

  /// One-word references: "now", "currently" (PRESENT_REF), "recently" (PAST_REF),
  /// "soon" (FUTURE_REF), "recent years".
  func referenceWord(at i: Int) -> TimexCandidate? {
    switch lower(i) {
    case "now":
      return TimexCandidate(end: i + 1, type: .date, value: "PRESENT_REF")
    case "currently", "nowadays", "presently":
      return TimexCandidate(end: i + 1, type: .date, value: "PRESENT_REF")
    case "current":
      if unit(at: i + 1) != nil { return nil }
      return TimexCandidate(end: i + 1, type: .date, value: "PRESENT_REF")
    case "recently", "lately":
      if lower(i - 1) == "more" || lower(i - 1) == "most" { return nil }
      return TimexCandidate(end: i + 1, type: .date, value: "PAST_REF")
    case "more", "most":
      guard lower(i + 1) == "recently" else { return nil }
      return TimexCandidate(end: i + 2, type: .date, value: "PAST_REF")
    case "recent":
      if let u = unit(at: i + 1), u.plural {
        if u.unit == .year { return TimexCandidate(end: i + 2, type: .date, value: "PAST_REF") }
        return TimexCandidate(
          end: i + 2, type: .duration, value: durationValue(count: nil, unit: u.unit))
      }
      return TimexCandidate(end: i + 1, type: .date, value: "PAST_REF")
    case "soon":
      if lower(i - 1) == "as"
        || ["after", "before", "thereafter", "afterward"].contains(lower(i + 1))
      {
        return nil
      }
      return TimexCandidate(end: i + 1, type: .date, value: "FUTURE_REF")
    case "near":
      guard lower(i + 1) == "future" || lower(i + 1) == "term" else { return nil }
      return TimexCandidate(end: i + 2, type: .date, value: "FUTURE_REF", takesDeterminer: true)
    case "these":
      if lower(i + 1) == "days" {
        return TimexCandidate(end: i + 2, type: .date, value: "PRESENT_REF")
      }
    case "at":
      if lower(i + 1) == "present" {
        return TimexCandidate(end: i + 2, type: .date, value: "PRESENT_REF")
      }
    default: break
    }
    return nil
  }
}
