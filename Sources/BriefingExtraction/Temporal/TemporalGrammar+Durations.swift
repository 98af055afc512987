/// Durations ("three years" → `P3Y`, "48 hours" → `PT48H`, "the past two months", "a
/// five-year plan") and sets ("every week", "daily", "annually").
extension TemporalGrammar {
  /// The TIMEX3 duration value of `count` units; nil count means unknown ("PXY").
  func durationValue(count: Int?, unit: TemporalUnit, halves: Int = 0) -> String {
    var u = unit
    var n = count
    if u == .decade || u == .century {
      n = n.map { $0 * (u == .decade ? 10 : 100) }
      u = .year
    }
    let parts = u.durationParts
    guard let n else { return parts.time ? "PTX" + parts.letter : "PX" + parts.letter }
    let total = n * parts.factor
    if halves > 0 {
      switch u {
      case .year: return "P\(total)Y6M"
      case .hour: return "PT\(total)H30M"
      case .day: return "P\(total)DT12H"
      case .month: return "P\(total)M15D"
      default: break
      }
    }
    return (parts.time ? "PT" : "P") + "\(total)" + parts.letter
  }

  func duration(at i: Int) -> TimexCandidate? {
    var k = i
    var mod: String?
    // "would last 30 days": the verb, not the adjective.
    if lower(i) == "last", Self.beforeVerbLast.contains(lower(i - 1)) { return nil }
    // "the past two months", "the first nine months", "last five years".
    if Self.durationLeadIns.contains(lower(k)) {
      k += 1
    }
    if let a = approximation(at: k) {
      // "about", "only" stay outside the extent; "at least", "nearly" are inside.
      guard !Self.outsideApproximations.contains(lower(k)) else { return nil }
      mod = a.mod
      k = a.end
    }
    if lower(k) == "the" { return nil }
    // "half an hour", "half a day".
    if lower(k) == "half", lower(k + 1) == "a" || lower(k + 1) == "an", let u = unit(at: k + 2),
      !u.plural
    {
      let v: String
      switch u.unit {
      case .hour: v = "PT30M"
      case .day: v = "PT12H"
      case .year: v = "P6M"
      case .month: v = "P2W"
      default: return nil
      }
      return TimexCandidate(end: k + 3, type: .duration, value: v, mod: mod)
    }
    if let n = vagueCount(at: k) ?? cardinal(at: k) {
      var end = n.end
      var halves = 0
      // "5 1/2 hours".
      if token(end)?.integer == 1, isPunct(end + 1, "/"), token(end + 2)?.integer == 2 {
        halves = 1
        end += 3
      }
      if ["more", "additional", "full", "straight", "consecutive", "long"].contains(lower(end)) {
        end += 1
      }
      var hyphenated = false
      if isPunct(end, "-"), joined(end), joined(end + 1) {
        hyphenated = true
        end += 1
      }
      guard let u = unit(at: end) else { return nil }
      // "the 1988 second quarter": an ordinal, not a unit.
      if u.unit == .second, lower(end + 1) == "quarter" || lower(end + 1) == "half" { return nil }
      if u.unit == .quarter, token(k)?.kind == .number, year(at: k) != nil { return nil }
      // Ages are not durations: "25-year-old", "25 years old".
      if isPunct(end + 1, "-") && lower(end + 2) == "old" { return nil }
      if lower(end + 1) == "old" || lower(end + 1) == "olds" { return nil }
      if hyphenated && u.plural { return nil }
      if n.value == 1 && (lower(k) == "a" || lower(k) == "an") && u.plural { return nil }
      // "a year-earlier loss" is a date adjective, not a duration.
      if isPunct(end + 1, "-"), ["earlier", "ago"].contains(lower(end + 2)) { return nil }
      // "a second betrayal" is an ordinal.
      if u.unit == .second, !u.plural, token(end + 1)?.kind == .word { return nil }
      // "a year" after a price or a count is a rate: "$5 a year".
      if (lower(k) == "a" || lower(k) == "per") && k == i, isRateContext(before: i) {
        return TimexCandidate(
          end: end + 1, type: .set, value: durationValue(count: 1, unit: u.unit))
      }
      // "and a half".
      var stop = end + 1
      if halves == 0, lower(stop) == "and", lower(stop + 1) == "a", lower(stop + 2) == "half" {
        halves = 1
        stop += 3
      }
      if u.unit == .weekend { return nil }
      let count = n.value >= 0 ? n.value : nil
      if count == nil && !u.plural { return nil }
      return TimexCandidate(
        end: stop, type: .duration,
        value: durationValue(count: count, unit: u.unit, halves: halves),
        mod: mod, takesDeterminer: !hyphenated)
    }
    // Bare plurals: "for years", "decades", "the coming months".
    if let u = unit(at: k), u.plural, [.year, .decade, .month, .week, .century].contains(u.unit) {
      if k == i, lower(i - 1) == "the" && lower(i + 1) == "of" { return nil }
      if lower(k + 1) == "old" || (isPunct(k + 1, "-") && lower(k + 2) == "old") { return nil }
      let count: Int? = nil
      let unit = u.unit == .decade || u.unit == .century ? TemporalUnit.year : u.unit
      return TimexCandidate(
        end: k + 1, type: .duration, value: durationValue(count: count, unit: unit), mod: mod)
    }
    return nil
  }

  /// Words before a count that stay in a duration's extent ("the past two months").
  static let durationLeadIns: WordSet = [
    "past", "last", "next", "first", "coming", "previous", "final", "following",
    "recent", "further", "initial", "latest", "another", "additional",
  ]

  static let beforeVerbLast: WordSet = [
    "will", "would", "could", "can", "may", "might", "should", "must", "to", "ll", "not",
    "did", "does", "do", "expected", "likely", "could",
  ]

  static let outsideApproximations: WordSet = [
    "about", "only", "just", "some", "roughly", "approximately", "barely", "around",
  ]

  /// Whether a number, a price or "times" comes just before, making "a year" a rate.
  func isRateContext(before i: Int) -> Bool {
    var k = i - 1
    var steps = 0
    while k >= 0 && steps < 3 {
      let t = tokens[k]
      if t.kind == .number
        || ["times", "twice", "once", "thrice", "million", "billion", "percent", "%"].contains(
          t.lower)
      {
        return true
      }
      if t.kind == .punct && t.text != "$" && t.text != "," { return false }
      k -= 1
      steps += 1
    }
    return false
  }

  func setExpression(at i: Int) -> TimexCandidate? {
    if let v = Self.setWords[lower(i)] {

      return TimexCandidate(end: i + 1, type: .set, value: v)
    }
    guard lower(i) == "every" || lower(i) == "each" || lower(i) == "per" else { return nil }
    var k = i + 1
    var count = 1
    if lower(k) == "other" {
      count = 2
      k += 1
    } else if let n = cardinal(at: k, allowArticle: false), token(k)?.kind == .number || n.value > 1
    {
      count = n.value
      k = n.end
    }
    if let u = unit(at: k), u.unit != .weekend {
      return TimexCandidate(
        end: k + 1, type: .set, value: durationValue(count: count, unit: u.unit))
    }
    if let w = weekday(at: k) {
      var end = w.end
      var value = "XXXX-WXX-\(w.weekday)"
      if let part = TemporalLexicon.partsOfDay[lower(end)] {
        value += "T" + part
        end += 1
      }
      return TimexCandidate(end: end, type: .set, value: value)
    }
    if let m = month(at: k) {
      return TimexCandidate(
        end: m.end, type: .set, value: "XXXX-" + TemporalReference.pad(m.month, 2))
    }
    if let part = TemporalLexicon.partsOfDay[lower(k)] {
      return TimexCandidate(end: k + 1, type: .set, value: "TXX" + part)
    }
    return nil
  }

  static let afterSetAdverb: WordSet = [
    "in", "at", "on", "to", "and", "or", "for", "from", "since", "until", "by", "with",
    "during", "through", "over", "basis", "but", "as", "than", "that", "while", "after",
  ]

  static let setWords: WordTable<String> = [
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
    "biannually": "P6M", "semiannually": "P6M",
  ]
}
