/// The words the temporal grammar is built from: months, weekdays, number words, units,
/// seasons, parts of the day. Keyed by lower-cased token text.
enum TemporalLexicon {
  static let months: TemporalWordTable<Int> = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
  ]

  /// Month words that are also common English words; they count as months only when
  /// capitalised and next to a day or year, or after a word like "in", "last", "early".
  static let ambiguousMonths: WordSet = ["may", "march", "mar", "jan", "jun", "jul", "sep"]

  static let weekdays: TemporalWordTable<Int> = [
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
  ]

  /// Weekday words that are full names (abbreviations like "sat" or "sun" are too ambiguous
  /// to stand alone).
  static let fullWeekdays: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  static let numberWords: TemporalWordTable<Int> = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "single": 1,
  ]

  static let tens: WordSet = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  ]

  /// Words that stand for an unknown number ("several years" → `PXY`).
  static let vagueQuantities: WordSet = [
    "several", "few", "many", "some", "various", "numerous", "couple",
  ]

  static let ordinals: TemporalWordTable<Int> = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "thirtieth": 30, "last": -1, "final": -1,
  ]

  /// Calendar units, singular and plural, to their `TemporalUnit`.
  static let units: TemporalWordTable<TemporalUnit> = [
    "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute,
    "min": .minute, "mins": .minute, "hour": .hour, "hours": .hour, "hr": .hour,
    "hrs": .hour, "day": .day, "days": .day, "week": .week, "weeks": .week,
    "weekend": .weekend, "weekends": .weekend, "fortnight": .fortnight,
    "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
    "year": .year, "years": .year, "yr": .year, "yrs": .year, "decade": .decade,
    "decades": .decade, "century": .century, "centuries": .century,
  ]

  static let seasons: TemporalWordTable<String> = [
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
  ]

  static let partsOfDay: TemporalWordTable<String> = [
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI",
  ]

  /// Time zone abbreviations that may follow a clock time ("9 a.m. EST").
  static let timeZones: WordSet = [
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
    "cest", "et", "pt", "ct",
  ]

  /// Approximation and bound words included in a timex's extent, with their TIMEX3 `mod`.
  static let approximations: TemporalWordTable<String> = [
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "over": "MORE_THAN",
    "under": "LESS_THAN", "only": "EQUAL_OR_LESS", "just": "EQUAL_OR_LESS",
    "barely": "EQUAL_OR_LESS", "roughly-": "APPROX",
  ]
}

/// A calendar unit a duration or a relative date is counted in.
enum TemporalUnit: Sendable {
  case second, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century

  /// The designator of a TIMEX3 duration (`P3Y`, `PT4H`) and the count it scales by.
  var durationParts: (time: Bool, letter: String, factor: Int) {
    switch self {
    case .second: return (true, "S", 1)
    case .minute: return (true, "M", 1)
    case .hour: return (true, "H", 1)
    case .day: return (false, "D", 1)
    case .week, .weekend: return (false, "W", 1)
    case .fortnight: return (false, "W", 2)
    case .month: return (false, "M", 1)
    case .quarter: return (false, "Q", 1)
    case .year: return (false, "Y", 1)
    case .decade: return (false, "DE", 1)
    case .century: return (false, "CE", 1)
    }
  }
}

extension TemporalLexicon {
  /// Every word a grammar rule can begin with. Tokens that are neither one of these nor a
  /// number nor an apostrophe cannot start an expression, so the scanner skips them
  /// without trying the rules: most of a text is passed over with one set lookup.
  static let triggers: WordSet = {
    var words = Set(months.keys).union(weekdays.keys).union(numberWords.keys).union(ordinals.keys)
      .union(units.keys).union(seasons.keys).union(partsOfDay.keys).union(approximations.keys)
      .union(vagueQuantities)
    words.formUnion([
      "the", "a", "an", "last", "this", "next", "coming", "past", "previous", "current",
      "following", "these", "earlier", "later", "early", "late", "mid", "end", "beginning",
      "start", "middle", "yesterday", "today", "tomorrow", "tonight", "now", "currently",
      "nowadays", "presently", "recently", "lately", "recent", "soon", "near", "at", "more",
      "less", "fewer", "up", "every", "each", "per", "noon", "midday", "midnight", "fiscal",
      "year", "that", "most", "half", "further", "initial", "latest", "another",
      "additional", "final", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
      "nightly", "biweekly", "biannually", "semiannually", "twenties", "thirties", "forties",
      "fifties", "sixties", "seventies", "eighties", "nineties", "christmas", "thanksgiving",
      "easter", "halloween", "election", "labor", "memorial", "new", "few", "couple", "q", "h",
      "fy",
    ])
    return WordSet(words.sorted())
  }()
}
