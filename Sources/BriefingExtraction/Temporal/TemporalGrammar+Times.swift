/// Clock times on the document's day (or a named day): "10 a.m." → `1998-01-08T10:00`,
/// "10:35 p.m. EST Tuesday", "noon", "midnight", "4 in the morning".
extension TemporalGrammar {
  func clockTime(at i: Int) -> TimexCandidate? {
    switch lower(i) {
    case "noon", "midday", "midnight":
      if lower(i - 1) == "high" { return nil }
      let (day, end) = dayAfterClock(at: i + 1, clockStart: i)
      return TimexCandidate(
        end: end, type: .time, value: day + (lower(i) == "midnight" ? "T24:00" : "T12:00"))
    default: break
    }
    guard let h = token(i)?.integer, token(i)!.text.count <= 2, h <= 24 else { return nil }
    var minute = 0
    var k = i + 1
    var hasMinutes = false
    if isPunct(k, ":"), joined(k), let m = token(k + 1)?.integer, token(k + 1)!.text.count == 2,
      m < 60, joined(k + 1)
    {
      minute = m
      hasMinutes = true
      k += 2
    }
    var hour = h
    var clock = false
    if let (isPM, end) = meridiem(at: k) {
      guard h >= 1 && h <= 12 else { return nil }
      hour = isPM ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
      clock = true
      k = end
    } else if lower(k) == "o", isPunct(k + 1, "'") || isPunct(k + 1, "’"), lower(k + 2) == "clock" {
      clock = true
      k += 3
    } else if lower(k) == "in", lower(k + 1) == "the",
      let part = ["morning": 0, "afternoon": 12, "evening": 12][lower(k + 2)]
    {
      guard h >= 1 && h <= 12 else { return nil }
      hour = h == 12 ? part : h + part
      clock = true
      k += 3
    }
    if TemporalLexicon.timeZones.contains(lower(k)), clock || hasMinutes {
      clock = true
      k += 1
    }
    if !clock {
      guard hasMinutes, h <= 23,
        ["at", "by", "until", "before", "after", "from"].contains(lower(i - 1))
      else {
        return nil
      }
    }
    let (day, dayEnd) = dayAfterClock(at: k, clockStart: i)
    k = dayEnd
    let value = day + "T" + TemporalReference.pad(hour, 2) + ":" + TemporalReference.pad(minute, 2)
    return TimexCandidate(end: k, type: .time, value: value, takesDeterminer: false)
  }

  /// The day a clock time belongs to: a weekday or "today" right after it, else the last
  /// day the text named, else the document date.
  func dayAfterClock(at k: Int, clockStart: Int) -> (String, Int) {
    if let w = weekdayExpression(at: k, offset: nil, tenseAnchor: clockStart), w.type == .date {
      return (w.value, w.end)
    }
    if let d = deicticDay(at: k), d.type == .date { return (d.value, d.end) }
    let m = isPunct(k, ",") || lower(k) == "on" ? k + 1 : k
    if let d = monthDayDate(at: m) ?? dayMonthDate(at: m) { return (d.value, d.end) }
    if lower(k) == "on", let w = weekdayExpression(at: k + 1, offset: nil, tenseAnchor: clockStart),
      w.type == .date
    {
      return (w.value, w.end)
    }
    // A day named just before ("on Oct. 23 ... at 10 p.m."), else the document date.
    if let d = discourse.lastDay, clockStart - discourse.lastDayToken < 40 { return (d, k) }
    return (ref.day(offset: 0), k)
  }

  /// "a.m.", "p.m", "am", "PM": whether afternoon, and the token after it.
  func meridiem(at k: Int) -> (Bool, Int)? {
    let w = lower(k)
    if w == "am" || w == "pm" { return (w == "pm", k + 1) }
    guard w == "a" || w == "p", isPunct(k + 1, "."), lower(k + 2) == "m", joined(k + 2) else {
      return nil
    }
    var end = k + 3
    if isPunct(end, "."), joined(end) { end += 1 }
    return (w == "p", end)
  }
}
