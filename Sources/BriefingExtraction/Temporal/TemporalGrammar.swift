import BriefingModels

/// A temporal expression the grammar recognised at a token position, before it is turned into
/// a `Timex`: the token it ends before, its type, value and mod.
struct TimexCandidate: Sendable {
  var end: Int
  var type: Timex.Kind
  var value: String
  var mod: String? = nil
  /// Whether a preceding "the" belongs to the expression ("the third quarter").
  var takesDeterminer = false
  /// Whether later anaphora ("the quarter", "a year earlier") may refer to this value;
  /// false for values that were themselves derived from an earlier one.
  var anchors = true
}

/// What the tagger remembers of earlier expressions in the same document, so that "the
/// quarter" or "a year earlier" can be read against the last quarter that was named.
struct TemporalDiscourse: Sendable {
  /// The last quarter value named ("1989-Q3") and the token it ended at.
  var lastQuarter: String?
  var lastQuarterToken = -1_000_000
  /// The last full date named ("1998-01-06") and the token it ended at.
  var lastDay: String?
  var lastDayToken = -1_000_000
  /// The last year named as a year ("1998") and the last month ("1998-06").
  var lastYear: String?
  var lastMonth: String?
}

/// The hand-written grammar of English temporal expressions over a token array.
///
/// `match(at:)` tries every rule family at a token and keeps the longest candidate; the rule
/// families live in the `TemporalGrammar+*.swift` extensions.
struct TemporalGrammar {
  let tokens: [TemporalToken]
  let ref: TemporalReference
  var discourse = TemporalDiscourse()

  init(tokens: [TemporalToken], documentDate: CalendarDate?) {
    self.tokens = tokens
    self.ref = TemporalReference(dct: documentDate)
  }

  /// The longest expression that starts at token `i`, if any. `depth` bounds the nesting
  /// of "the" and "the end of" so that no input can recurse deeply.
  func match(at i: Int, depth: Int = 0) -> TimexCandidate? {
    guard depth < 4 else { return nil }
    var best: TimexCandidate?
    func consider(_ c: TimexCandidate?) {
      guard let c, c.end > i else { return }
      if best == nil || c.end > best!.end { best = c }
    }
    if lower(i) == "the" {
      if mayTakeDeterminer(i + 1), let c = match(at: i + 1, depth: depth + 1), c.takesDeterminer {
        consider(c)
      }
      consider(theExpression(at: i))
      consider(anaphoric(at: i))
      consider(theYear(at: i))
      return best
    }
    consider(modifiedExpression(at: i, depth: depth))
    consider(calendarDate(at: i))
    consider(relativeExpression(at: i))
    consider(duration(at: i))
    consider(clockTime(at: i))
    consider(setExpression(at: i))
    consider(yearAgoAdjective(at: i))
    consider(anaphoric(at: i))
    consider(yearEnd(at: i))
    consider(holiday(at: i))
    consider(coordinatedDay(at: i))
    // "a week or so ago", "the next year or so".
    if var b = best, lower(b.end) == "or", lower(b.end + 1) == "so" {
      b.end += 2
      if lower(b.end) == "ago" { b.end += 1 }
      best = b
    }
    return best
  }

  /// Whether an expression that keeps a leading "the" can start at token `i`. Every rule that
  /// sets `takesDeterminer` starts at a trigger word ("year", "last", "third", "near", "early"),
  /// a number or an apostrophe ("the '90s"), the tokens the tagger itself scans from; so after
  /// "the Kremlin" the rules need not be tried at "Kremlin".
  func mayTakeDeterminer(_ i: Int) -> Bool {
    guard let t = token(i) else { return false }
    return t.kind == .number || t.kind == .word && TemporalLexicon.triggers.contains(t.lower)
      || t.kind == .punct && (t.text == "'" || t.text == "’")
  }

  /// An expression with a leading "early", "late", "mid", "the end of" ... and its mod.
  func modifiedExpression(at i: Int, depth: Int = 0) -> TimexCandidate? {
    var j = i
    var mod: String
    switch lower(i) {
    case "early": mod = "START"
    case "late": mod = "END"
    case "mid":
      mod = "MID"
      if isPunct(i + 1, "-") { j += 1 }
    case "end", "beginning", "start", "middle":
      guard lower(i + 1) == "of" else { return nil }
      mod = lower(i) == "end" ? "END" : lower(i) == "middle" ? "MID" : "START"
      j += 1
    default: return nil
    }
    if isPunct(j + 1, "-") { j += 1 }
    j += 1
    var inner = calendarDate(at: j)
    if let r = relativeExpression(at: j), r.end > (inner?.end ?? 0) { inner = r }
    if lower(j) == "the", let c = match(at: j, depth: depth + 1), c.end > (inner?.end ?? 0) {
      inner = c
    }
    guard var c = inner, c.type == .date else { return nil }
    c.mod = mod
    // "the end of 1990" keeps its "the"; "the early 1990s" keeps it only for a decade.
    c.takesDeterminer = j > i + 1 && lower(j - 1) == "of" || c.takesDeterminer
    return c
  }

  // MARK: Token access

  func token(_ i: Int) -> TemporalToken? { i >= 0 && i < tokens.count ? tokens[i] : nil }

  /// The entry of `table` for word token `i`, read through the array in place: most tokens
  /// the rules ask are no month, weekday or unit, and `token(i)` would copy each one first.
  @inline(__always)
  func wordEntry<V>(_ i: Int, _ table: TemporalWordTable<V>) -> V? {
    guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
    return table[tokens[i].lower]
  }

  func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }

  func isPunct(_ i: Int, _ s: String) -> Bool { token(i)?.isPunct(s) ?? false }

  /// True when token `i` follows token `i - 1` with no space ("mid-1990s", "a.m.").
  func joined(_ i: Int) -> Bool { token(i).map { !$0.spaced } ?? false }

  /// Skips an abbreviation's period: "Sept." → the token after the period.
  func afterAbbreviationDot(_ i: Int) -> Int { isPunct(i, ".") && joined(i) ? i + 1 : i }

  // MARK: Small parsers shared by the rules

  /// A cardinal number written as digits or words ("three", "twenty four", "twenty-four",
  /// "a"). Returns the value and the token after it.
  func cardinal(at i: Int, allowArticle: Bool = true) -> (value: Int, end: Int)? {
    guard let t = token(i) else { return nil }
    if t.kind == .number {
      if let n = t.integer { return (n, i + 1) }
      return nil
    }
    guard t.kind == .word, let n = TemporalLexicon.numberWords[t.lower] else { return nil }
    if (t.lower == "a" || t.lower == "an") && !allowArticle { return nil }
    if t.lower == "a" || t.lower == "an" || t.lower == "single" || t.lower == "dozen" {
      return (n, i + 1)
    }
    var value = n
    var end = i + 1
    if TemporalLexicon.tens.contains(t.lower) {
      var k = end
      if isPunct(k, "-") && joined(k) { k += 1 }
      if let u = TemporalLexicon.numberWords[lower(k)], u < 10, token(k)?.kind == .word,
        lower(k) != "a", lower(k) != "an"
      {
        value += u
        end = k + 1
      }
    }
    if lower(end) == "hundred" {
      value *= 100
      end += 1
    }
    return (value, end)
  }

  /// A calendar unit word ("years", "week"); returns the unit and whether it was plural.
  func unit(at i: Int) -> (unit: TemporalUnit, plural: Bool)? {
    guard let u = wordEntry(i, TemporalLexicon.units) else { return nil }
    let t = tokens[i]
    return (u, t.lower.hasSuffix("s") && t.lower != "hrs" || t.lower == "centuries")
  }

  /// A month name; with `strict`, ambiguous words ("may", "march") must be capitalised.
  func month(at i: Int) -> (month: Int, end: Int)? {
    guard let m = wordEntry(i, TemporalLexicon.months) else { return nil }
    let t = tokens[i]
    guard t.isCapitalised else { return nil }
    let abbreviated =
      t.lower.count <= 4 && t.lower != "june" && t.lower != "july"
      && t.lower != "may"
    if abbreviated && t.lower.count == 3 && !isPunct(i + 1, ".") && t.text.uppercased() != t.text {
      // "Jan", "Aug" without a period: fine; "Mar" alone is a name too often.
      if t.lower == "mar" { return nil }
    }
    return (m, abbreviated ? afterAbbreviationDot(i + 1) : i + 1)
  }

  /// A weekday name, skipping the period of an abbreviation ("Tues.").
  func weekday(at i: Int) -> (weekday: Int, end: Int)? {
    guard let w = wordEntry(i, TemporalLexicon.weekdays) else { return nil }
    let t = tokens[i]
    if TemporalLexicon.fullWeekdays.contains(t.lower) {
      return (w, i + 1)
    }
    guard t.isCapitalised, isPunct(i + 1, "."), joined(i + 1) else { return nil }
    return (w, i + 2)
  }

  /// A day of the month: 1–31, with an optional ordinal suffix ("2nd").
  func dayOfMonth(at i: Int) -> (day: Int, end: Int)? {
    guard let t = token(i), let n = t.integer, (1...31).contains(n), t.text.count <= 2 else {
      if let t = token(i), t.kind == .word, let o = TemporalLexicon.ordinals[t.lower], o > 0 {
        return (o, i + 1)
      }
      return nil
    }
    if ["st", "nd", "rd", "th"].contains(lower(i + 1)) && joined(i + 1) { return (n, i + 2) }
    return (n, i + 1)
  }

  /// A four-digit year (1000–2999) or an apostrophe year ("'98").
  func year(at i: Int) -> (year: Int, end: Int)? {
    guard let t = token(i) else { return nil }
    if let n = t.integer, t.text.count == 4, (1000...2999).contains(n) { return (n, i + 1) }
    if t.isPunct("'") || t.isPunct("’"), let n = token(i + 1)?.integer,
      token(i + 1)!.text.count == 2, joined(i + 1)
    {
      return (n < 30 ? 2000 + n : 1900 + n, i + 2)
    }
    return nil
  }
}
