import BriefingModels

/// Absolute and partial calendar dates: "Monday, June 2, 2025", "2 June 2025", "2025-06-02",
/// "06/02/2025", "June 2025", "1998", "the 1990s", "summer 1997", "the third quarter".
extension TemporalGrammar {
  func calendarDate(at i: Int) -> TimexCandidate? {
    if let w = weekday(at: i) {
      var j = w.end
      if isPunct(j, ",") { j += 1 }
      if let d = monthDayDate(at: j) { return d }
      if let d = dayMonthDate(at: j) { return d }
      return nil
    }
    // Each rule in turn, the first of the longest kept (no array of candidates per token).
    var best: TimexCandidate?
    func keep(_ c: TimexCandidate?) {
      if let c, c.end > (best?.end ?? i) { best = c }
    }
    keep(monthDayDate(at: i))
    keep(dayMonthDate(at: i))
    keep(monthYear(at: i))
    keep(numericDate(at: i))
    keep(yearExpression(at: i))
    keep(decade(at: i))
    keep(seasonDate(at: i))
    keep(quarterDate(at: i))
    keep(centuryDate(at: i))
    keep(monthAlone(at: i))
    return best
  }

  /// The value of a day, finding the year when the text gives none.
  func dayValue(year: Int?, month: Int, day: Int, at i: Int) -> String? {
    if let year {
      guard CalendarDate(year: year, month: month, day: day) != nil else { return nil }
      return TemporalReference.monthValue(year: year, month: month) + "-"
        + TemporalReference.pad(day, 2)
    }
    guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
    guard let y = ref.yearFor(month: month, day: day, tense: dateTense(at: i)) else {
      return "XXXX-\(TemporalReference.pad(month, 2))-\(TemporalReference.pad(day, 2))"
    }
    if CalendarDate(year: y, month: month, day: day) == nil { return nil }
    return TemporalReference.monthValue(year: y, month: month) + "-"
      + TemporalReference.pad(day, 2)
  }

  /// The tense for placing a date without a year; "by May", "until March 6" look ahead.
  func dateTense(at i: Int) -> TemporalTense {
    if ["by", "until", "till", "effective", "before"].contains(lower(i - 1)) {
      return .future
    }
    var k = i
    if weekday(at: i) != nil { k = i }
    return tense(around: k)
  }

  /// "June 2", "June 2, 2025", "Sept. 30 1989", "June 2nd".
  func monthDayDate(at i: Int) -> TimexCandidate? {
    guard let m = month(at: i), let d = dayOfMonth(at: m.end), token(m.end)?.kind == .number
    else { return nil }
    // "June 2:30" or "May 5 percent" are no dates.
    if (isPunct(d.end, ":") && token(d.end + 1)?.kind == .number && joined(d.end + 1))
      || ["percent", "%"].contains(lower(d.end))
    {
      return nil
    }
    var end = d.end
    var foundYear: Int?
    var k = end
    if isPunct(k, ",") { k += 1 }
    if let y = year(at: k), !isPunct(y.end, ":"), !(k > end && countFollows(y.end, year: y.year)) {
      foundYear = y.year
      end = y.end
    }
    guard let value = dayValue(year: foundYear, month: m.month, day: d.day, at: i) else {
      return nil
    }
    return TimexCandidate(end: end, type: .date, value: value)
  }

  /// "2 June 2025", "the 2nd of June".
  func dayMonthDate(at i: Int) -> TimexCandidate? {
    guard token(i)?.kind == .number, let d = dayOfMonth(at: i) else { return nil }
    var k = d.end
    if lower(k) == "of" { k += 1 }
    guard let m = month(at: k) else { return nil }
    var end = m.end
    var foundYear: Int?
    var y0 = end
    if isPunct(y0, ",") { y0 += 1 }
    if let y = year(at: y0), !(y0 > end && countFollows(y.end, year: y.year)) {
      foundYear = y.year
      end = y.end
    }
    guard let value = dayValue(year: foundYear, month: m.month, day: d.day, at: i) else {
      return nil
    }
    return TimexCandidate(end: end, type: .date, value: value)
  }

  /// "June 2025", "June of 1997", "January nineteen ninety-seven", "June last year".
  func monthYear(at i: Int) -> TimexCandidate? {
    guard let m = month(at: i) else { return nil }
    if ["this", "last", "next"].contains(lower(m.end)), lower(m.end + 1) == "year",
      let y = shiftedExpression(at: m.end), let year = Int(y.value)
    {
      return TimexCandidate(
        end: y.end, type: .date, value: TemporalReference.monthValue(year: year, month: m.month))
    }
    var k = m.end
    if isPunct(k, ",") || lower(k) == "of" { k += 1 }
    guard let y = year(at: k) ?? spelledYear(at: k) else { return nil }
    if isPunct(m.end, ","), countFollows(y.end, year: y.year) { return nil }
    return TimexCandidate(
      end: y.end, type: .date, value: TemporalReference.monthValue(year: y.year, month: m.month))
  }

  /// A month standing alone ("in January"), in the year nearest the document date.
  func monthAlone(at i: Int) -> TimexCandidate? {
    guard let m = month(at: i) else { return nil }
    if TemporalLexicon.ambiguousMonths.contains(lower(i)) || token(i)!.text.count <= 4 {
      let prev = lower(i - 1)
      guard Self.monthLeadIns.contains(prev) || (prev == "-" && lower(i - 2) == "mid") else {
        return nil
      }
    }
    // A month name followed by a capitalised word is usually a name ("April Glaspie",
    // "Jan Kavan").
    if let next = token(m.end), next.kind == .word, next.isCapitalised, next.spaced,
      TemporalLexicon.weekdays[next.lower] == nil
    {
      return nil
    }
    let value: String
    if let y = ref.yearFor(month: m.month, day: nil, tense: dateTense(at: i)) {
      value = TemporalReference.monthValue(year: y, month: m.month)
    } else {
      value = "XXXX-\(TemporalReference.pad(m.month, 2))"
    }
    return TimexCandidate(end: m.end, type: .date, value: value)
  }

  static let monthLeadIns: WordSet = [
    "in", "since", "until", "till", "by", "of", "during", "through", "from", "to", "last",
    "next", "this", "early", "late", "mid", "before", "after", "on", "between", "and",
    "or", "for", "each", "every", "that", "since", "throughout", "around", "end", "into",
  ]

  /// ISO and numeric dates: "2025-06-02", "06/02/2025", "6/2/25".
  func numericDate(at i: Int) -> TimexCandidate? {
    guard let a = token(i)?.integer else { return nil }
    let sep = lower(i + 1)
    guard sep == "-" || sep == "/", joined(i + 1), let b = token(i + 2)?.integer, joined(i + 2),
      isPunct(i + 3, sep), joined(i + 3), let c = token(i + 4)?.integer, joined(i + 4)
    else { return nil }
    let aLen = token(i)!.text.count
    let cLen = token(i + 4)!.text.count
    var y: Int
    var m: Int
    var d: Int
    if aLen == 4 {
      (y, m, d) = (a, b, c)
    } else if cLen == 4 || cLen == 2 {
      (m, d, y) = (a, b, cLen == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c)
      if m > 12 && d <= 12 { swap(&m, &d) }
    } else {
      return nil
    }
    guard CalendarDate(year: y, month: m, day: d) != nil else { return nil }
    return TimexCandidate(
      end: i + 5, type: .date,
      value: TemporalReference.monthValue(year: y, month: m) + "-" + TemporalReference.pad(d, 2))
  }

  /// A year on its own ("1998", "fiscal 1989", "the year 2000"), unless it is a count.
  func yearExpression(at i: Int) -> TimexCandidate? {
    var k = i
    if lower(i) == "fiscal" {
      k += 1
      if lower(k) == "year" { k += 1 }
    } else if lower(i) == "year" {
      k += 1
    }
    guard let y = year(at: k) ?? (k > i ? spelledYear(at: k) : nil) else {
      if k == i, let s = spelledYear(at: i), s.end - i >= 2 {
        return TimexCandidate(end: s.end, type: .date, value: TemporalReference.pad(s.year, 4))
      }
      return nil
    }
    if lower(i) == "year" {
      return TimexCandidate(
        end: y.end, type: .date, value: TemporalReference.pad(y.year, 4), takesDeterminer: true)
    }
    let t = token(k)!
    if t.kind == .number {
      guard (1700...2199).contains(y.year) else { return nil }
      let prev = lower(k - 1)
      if ["$", "#", "no", "number", "nos", "£", "€", "flight", "route", "room"].contains(prev) {
        return nil
      }
      // "mid-1996", "post-1959" are years; "3-1998" is not.
      if prev == "-" && !["mid", "pre", "post", "early", "late"].contains(lower(k - 2)) {
        return nil
      }
      if prev == "." && token(k - 1).map({ !$0.spaced }) == true { return nil }
      // "2000 fans": a count before a plural noun, unless a preposition marks a year.
      if pluralNounFollows(y.end), !Self.yearPrepositions.contains(prev) { return nil }
      if countFollows(y.end) || isPunct(y.end, ":")
        || (isPunct(y.end, "-") && token(y.end + 1)?.kind == .word
          && lower(y.end + 1) != "mid")
      {
        return nil
      }
    }
    return TimexCandidate(end: y.end, type: .date, value: TemporalReference.pad(y.year, 4))
  }

  /// A lower-case plural noun at `i` ("fans", not "was" or "sales"): what a count stands before.
  func pluralNounFollows(_ i: Int) -> Bool {
    guard let n = token(i), n.kind == .word, !n.isCapitalised else { return false }
    if Self.irregularPlurals.contains(n.lower) { return true }
    guard n.lower.count > 3 else { return false }
    return n.lower.hasSuffix("s") && !n.lower.hasSuffix("ss") && !Self.verbsInS.contains(n.lower)
  }

  /// Whether the words at `i` make the number before them a count: "1044 refugees",
  /// "2000 people", "1998 %". After a comma ("On February 20, 1044 refugees left") a plural
  /// noun is enough, since no preposition can mark the number as a year there; and when the
  /// number is no modern year (before 1900), one lower-case word may stand before that noun
  /// ("On February 26, 1050 medical workers crossed").
  func countFollows(_ i: Int, year: Int? = nil) -> Bool {
    let next = lower(i)
    if Self.countNouns.contains(next) || next == "%" || next == "s" { return true }
    guard isPunct(i - 2, ",") else { return false }
    if pluralNounFollows(i) { return true }
    guard let year, year < 1900, let modifier = token(i), modifier.kind == .word,
      !modifier.isCapitalised, !Self.yearPrepositions.contains(modifier.lower)
    else { return false }
    return pluralNounFollows(i + 1)
  }

  /// Plurals without an "s" that make a number before them a count ("1262 children").
  static let irregularPlurals: WordSet = [
    "children", "men", "women", "people", "police", "personnel", "staff", "cattle", "sheep",
  ]

  static let yearPrepositions: WordSet = [
    "in", "since", "by", "until", "of", "from", "during", "before", "after", "through", "to",
    "for", "s", "and", "between", "till", "early", "late", "mid", "fiscal", "year", "-",
  ]
  static let verbsInS: WordSet = [
    "was", "has", "does", "is", "sales", "results", "earnings", "levels",
  ]

  /// Words after a number that make it a count, not a year ("2000 people").
  static let countNouns: WordSet = [
    "people", "persons", "troops", "soldiers", "workers", "members", "miles", "kilometers",
    "kilometres", "km", "feet", "meters", "metres", "tons", "tonnes", "dollars", "shares",
    "votes", "employees", "jobs", "cases", "units", "pounds", "points", "acres", "barrels",
    "residents", "refugees", "deaths", "civilians", "police", "officers", "students",
    "copies", "cars", "vehicles", "hours", "minutes", "calories", "yards", "percent",
    "euros", "yen", "rubles", "passengers", "homes", "houses", "buildings",
  ]

  /// "nineteen ninety-six", "two thousand": a year said in words.
  func spelledYear(at i: Int) -> (year: Int, end: Int)? {
    guard let first = TemporalLexicon.numberWords[lower(i)], token(i)?.kind == .word else {
      return nil
    }
    if lower(i) == "two", lower(i + 1) == "thousand", unit(at: i + 2) != nil { return nil }
    if lower(i) == "two", lower(i + 1) == "thousand" {
      var end = i + 2
      var y = 2000
      if lower(end) == "and" { end += 1 }
      if let n = cardinal(at: end, allowArticle: false), token(end)?.kind == .word, n.value < 100 {
        y += n.value
        end = n.end
      }
      return (y, end)
    }
    guard (10...20).contains(first), first != 10 || lower(i + 1) != "",
      let rest = cardinal(at: i + 1, allowArticle: false),
      token(i + 1)?.kind == .word, (10...99).contains(rest.value)
    else { return nil }
    return (first * 100 + rest.value, rest.end)
  }

  /// "the 1990s", "1980s", "the '90s", "the nineties".
  func decade(at i: Int) -> TimexCandidate? {
    if let t = token(i), let n = t.integer, t.text.count == 4, n % 10 == 0, lower(i + 1) == "s",
      joined(i + 1)
    {
      return TimexCandidate(
        end: i + 2, type: .date, value: TemporalReference.pad(n / 10, 3), takesDeterminer: true)
    }
    if isPunct(i, "'") || isPunct(i, "’"), let t = token(i + 1), let n = t.integer,
      t.text.count == 2, n % 10 == 0, lower(i + 2) == "s", joined(i + 2)
    {
      let century = n < 30 ? 200 : 190
      return TimexCandidate(
        end: i + 3, type: .date, value: String(century + n / 10), takesDeterminer: true)
    }
    if let n = Self.decadeWords[lower(i)] {
      guard lower(i - 1) == "the" || lower(i - 1) == "-" else { return nil }
      return TimexCandidate(end: i + 1, type: .date, value: String(190 + n), takesDeterminer: true)
    }
    return nil
  }

  static let decadeWords: WordTable<Int> = [
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
  ]

  /// "summer 1997", "the summer of 1997", "the summer" (this year's).
  func seasonDate(at i: Int) -> TimexCandidate? {
    guard let s = TemporalLexicon.seasons[lower(i)] else { return nil }
    var k = i + 1
    if lower(k) == "of" { k += 1 }
    if let y = year(at: k) {
      return TimexCandidate(
        end: y.end, type: .date, value: "\(TemporalReference.pad(y.year, 4))-\(s)")
    }
    guard lower(i - 1) == "the" || lower(i - 1) == "this" else { return nil }
    if lower(i) == "spring" || lower(i) == "fall" {
      if lower(i - 1) != "this" && lower(i - 1) != "the" { return nil }
    }
    return TimexCandidate(end: i + 1, type: .date, value: ref.year(offset: 0) + "-" + s)
  }

  /// "the 20th century", "the twentieth century".
  func centuryDate(at i: Int) -> TimexCandidate? {
    var n: Int?
    var k = i + 1
    if let t = token(i), let v = t.integer, ["st", "nd", "rd", "th"].contains(lower(i + 1)) {
      n = v
      k = i + 2
    } else if let o = TemporalLexicon.ordinals[lower(i)], o > 0 {
      n = o
    }
    if isPunct(k, "-") { k += 1 }
    guard let n, lower(k) == "century", (1...30).contains(n) else { return nil }
    return TimexCandidate(
      end: k + 1, type: .date, value: TemporalReference.pad(n - 1, 2), takesDeterminer: true)
  }
}
