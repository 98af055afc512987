import BriefingModels

/// Fiscal quarters and halves ("the third quarter" → `1998-Q3`, "third-quarter", "the first
/// half of 1989" → `1989-H1`, "the year-ago quarter") and the phrases that need their "the":
/// "the future", "the past", "the weekend", "the latest quarter".
extension TemporalGrammar {
  func quarterDate(at i: Int) -> TimexCandidate? {
    if let c = yearQuarter(at: i) { return c }
    if let c = shortQuarter(at: i) { return c }
    var k = i
    if lower(k) == "fiscal" { k += 1 }
    guard let q = TemporalLexicon.ordinals[lower(k)], q > 0 else { return nil }
    k += 1
    if isPunct(k, "-") { k += 1 }
    if lower(k) == "fiscal" { k += 1 }
    let half: Bool
    switch lower(k) {
    case "quarter": half = false
    case "half": half = true
    default: return nil
    }
    let count = half ? 2 : 4
    let index = q
    guard (1...count).contains(index) else { return nil }
    k += 1
    // "of 1989", "of fiscal 1990", "of this year", "of next year".
    var year: String?
    var end = k
    if lower(k) == "of" {
      var y = k + 1
      if lower(y) == "fiscal" { y += 1 }
      if lower(y) == "year" { y += 1 }
      if let yy = self.year(at: y) {
        year = TemporalReference.pad(yy.year, 4)
        end = yy.end
      } else if let r = shiftedExpression(at: y), r.value.count == 4 {
        year = r.value
        end = r.end
      }
    }
    let y =
      year ?? yearBeforeQuarter(at: i)
      ?? ref.yearFor(quarter: half ? index * 2 : index, tense: tense(around: i))
    // "third-quarter" used as an adjective keeps its hyphenated form only.
    return TimexCandidate(
      end: end, type: .date, value: y + (half ? "-H" : "-Q") + String(index),
      takesDeterminer: !isPunct(i + (lower(i) == "fiscal" ? 2 : 1), "-"))
  }

  /// "the 1988 second quarter", "the 1988 quarter", "the 1989 period": a year's quarter,
  /// the one last named when the text gives no ordinal.
  func yearQuarter(at i: Int) -> TimexCandidate? {
    guard let y = year(at: i), token(i)?.kind == .number else { return nil }
    var k = y.end
    var index: Int?
    if let o = TemporalLexicon.ordinals[lower(k)], (1...4).contains(o) {
      index = o
      k += 1
      if isPunct(k, "-") { k += 1 }
    }
    guard lower(k) == "quarter" || (index == nil && lower(k) == "period") else { return nil }
    guard let q = index ?? discourse.lastQuarter.flatMap({ Int($0.suffix(1)) }) else {
      return nil
    }
    return TimexCandidate(
      end: k + 1, type: .date, value: TemporalReference.pad(y.year, 4) + "-Q\(q)",
      takesDeterminer: true, anchors: false)
  }

  /// "Q3", "Q4 2024", "H1 2025", "FY2025", "FY 2024".
  func shortQuarter(at i: Int) -> TimexCandidate? {
    guard let t = token(i), t.kind == .word, ["Q", "H", "FY"].contains(t.text),
      let n = token(i + 1), n.kind == .number, joined(i + 1) || t.text == "FY", let v = n.integer
    else { return nil }
    if t.text == "FY" {
      let year = n.text.count == 2 ? 2000 + v : v
      guard (1900...2199).contains(year) else { return nil }
      return TimexCandidate(end: i + 2, type: .date, value: TemporalReference.pad(year, 4))
    }
    let count = t.text == "Q" ? 4 : 2
    guard (1...count).contains(v), n.text.count == 1 else { return nil }
    var end = i + 2
    var year: String
    if let y = self.year(at: end) ?? (isPunct(end, ",") ? self.year(at: end + 1) : nil) {
      year = TemporalReference.pad(y.year, 4)
      end = y.end
    } else {
      year = ref.yearFor(quarter: t.text == "Q" ? v : v * 2, tense: tense(around: i))
    }
    return TimexCandidate(end: end, type: .date, value: year + "-" + t.text + String(v))
  }

  /// "this year's third quarter", "1989's fourth quarter": the year just before.
  func yearBeforeQuarter(at i: Int) -> String? {
    guard isPunct(i - 2, "'") || isPunct(i - 2, "’"), lower(i - 1) == "s" else { return nil }
    if let y = year(at: i - 3), y.end == i - 2 { return TemporalReference.pad(y.year, 4) }
    if lower(i - 3) == "year", let r = shiftedExpression(at: i - 4) { return r.value }
    return nil
  }

  /// The quarter a year before the last quarter named, else a year before the document date.
  func yearAgoQuarter(at i: Int) -> String {
    if i - discourse.lastQuarterToken < 600, let q = discourse.lastQuarter,
      let y = Int(q.prefix(4)),
      let qi = Int(q.suffix(1))
    {
      return TemporalReference.quarterValue(year: y - 1, quarterIndex: qi)
    }
    return ref.year(offset: -1)
  }

  /// Expressions that begin with "the" and need it: token `i` is "the".
  func theExpression(at i: Int) -> TimexCandidate? {
    let k = i + 1
    switch lower(k) {
    case "future":
      return TimexCandidate(end: k + 1, type: .date, value: "FUTURE_REF")
    case "past":
      if cardinal(at: k + 1) != nil || unit(at: k + 1) != nil || vagueCount(at: k + 1) != nil
        || TemporalLexicon.seasons[lower(k + 1)] != nil || month(at: k + 1) != nil
        || weekday(at: k + 1) != nil
      {
        return nil
      }
      return TimexCandidate(end: k + 1, type: .date, value: "PAST_REF")
    case "weekend":
      let future = tense(around: i) == .future
      let offset = future || (dct?.weekday ?? 7) >= 6 ? 0 : -1
      return TimexCandidate(end: k + 1, type: .date, value: ref.weekend(offset: offset))
    case "quarter", "period":
      if lower(k) == "period" && discourse.lastQuarter == nil { return nil }
      return TimexCandidate(
        end: k + 1, type: .date, value: discourse.lastQuarter ?? ref.quarter(offset: -1),
        anchors: false)
    case "latest", "recent", "most", "current", "fiscal":
      var j = k + 1
      if lower(k) == "most" {
        guard lower(j) == "recent" else { return nil }
        j += 1
      }
      if lower(j) == "fiscal" { j += 1 }
      guard lower(j) == "quarter" || lower(j) == "period" else {
        return nil
      }
      let value =
        lower(k) == "current"
        ? ref.quarter(offset: 0)
        : lower(k) == "latest" || lower(k) == "recent" || lower(k) == "most"
          ? ref.quarter(offset: -1) : discourse.lastQuarter ?? ref.quarter(offset: -1)
      return TimexCandidate(end: j + 1, type: .date, value: value, anchors: false)
    case "year":
      // "the year-ago quarter", "the year-earlier period".
      guard isPunct(k + 1, "-"), ["ago", "earlier"].contains(lower(k + 2)),
        ["quarter", "period"].contains(lower(k + 3))
      else { return nil }
      return TimexCandidate(end: k + 4, type: .date, value: yearAgoQuarter(at: i), anchors: false)
    case "next", "following", "previous", "preceding":
      guard lower(k + 1) == "day" || lower(k + 1) == "morning" else { return nil }
      let sign = ["next", "following"].contains(lower(k)) ? 1 : -1
      if let d = discourse.lastDay, let base = CalendarDateParser.parse(d) {
        return TimexCandidate(end: k + 2, type: .date, value: base.adding(days: sign).iso)
      }
      return TimexCandidate(end: k + 2, type: .date, value: ref.day(offset: sign))
    default:
      return nil
    }
  }

  /// "year-earlier", "year-ago" used as adjectives ("year-earlier profit"), and "the
  /// year-ago third quarter".
  func yearAgoAdjective(at i: Int) -> TimexCandidate? {
    guard lower(i) == "year", isPunct(i + 1, "-"), joined(i + 1),
      lower(i + 2) == "earlier" || lower(i + 2) == "ago", joined(i + 2)
    else { return nil }
    if let q = quarterDate(at: i + 3), let y = Int(q.value.prefix(4)) {
      return TimexCandidate(
        end: q.end, type: .date, value: TemporalReference.pad(y - 1, 4) + q.value.dropFirst(4),
        takesDeterminer: true, anchors: false)
    }
    return TimexCandidate(end: i + 3, type: .date, value: yearAgoQuarter(at: i), anchors: false)
  }
}

/// Reads a `YYYY-MM-DD` prefix of a TIMEX3 value back into a date.
enum CalendarDateParser {
  static func parse(_ value: String) -> CalendarDate? {
    CalendarDate(iso: String(value.prefix(10)))
  }
}
