import BriefingModels

/// Finds an article's date in its text when nothing else gives one.
///
/// A weekday with a day and month ("Monday, June 2", "Tue 3rd June") fixes the year: the most
/// recent year, not after `today`, in which that day falls on that weekday. Failing that, the
/// first full date with a year ("June 2, 2025", "2 June 2025", "2025-06-02") is used.
public struct TextDateFinder: Sendable {
  public var today: CalendarDate
  /// Only the start of a long text is searched: the date of a report is near its top.
  public static let searchedCharacters = 20_000

  public init(today: CalendarDate) { self.today = today }

  public func find(in text: String) -> CalendarDate? {
    let tokens = DateTokens(String(text.prefix(Self.searchedCharacters)))
    var fullDate: CalendarDate? = nil
    var i = 0
    while i < tokens.count {
      if let weekday = tokens.weekday(at: i) {
        var j = i + 1
        if tokens.isPunct(",", at: j) { j += 1 }
        if let (day, month, year, _) = tokens.dayMonth(at: j) {
          if let year, let d = CalendarDate(year: year, month: month, day: day) { return d }
          if let d = mostRecent(day: day, month: month, weekday: weekday) { return d }
        }
      }
      if fullDate == nil, let (day, month, year, _) = tokens.dayMonth(at: i), let year {
        fullDate = CalendarDate(year: year, month: month, day: day)
      }
      if fullDate == nil, let d = tokens.isoDate(at: i) { fullDate = d }
      i += 1
    }
    return fullDate
  }

  /// The latest date on or before `today` that is `day`/`month` and falls on `weekday` (1 = Monday).
  public func mostRecent(day: Int, month: Int, weekday: Int) -> CalendarDate? {
    for year in stride(from: today.year, through: today.year - 400, by: -1) {
      guard let d = CalendarDate(year: year, month: month, day: day), d <= today else { continue }
      if d.weekday == weekday { return d }
    }
    return nil
  }
}

/// Words, numbers and punctuation of a text, with the date vocabulary looked up.
struct DateTokens {
  enum Token: Equatable {
    case word(String)
    case number(String)
    case punct(Character)
  }

  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]
  static let weekdays: [String: Int] = [
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
  ]

  var tokens: [Token] = []
  var count: Int { tokens.count }

  init(_ text: String) {
    var current = ""
    var isNumber = false
    func flush() {
      guard !current.isEmpty else { return }
      tokens.append(isNumber ? .number(current) : .word(current.lowercased()))
      current = ""
    }
    for ch in text {
      if ch.isLetter || ch.isNumber {
        // "2nd" stays one number token: its kind is set by its first character.
        if current.isEmpty { isNumber = ch.isASCII && ch.isNumber }
        current.append(ch)
      } else {
        flush()
        if !ch.isWhitespace { tokens.append(.punct(ch)) }
      }
    }
    flush()
  }

  func isPunct(_ c: Character, at i: Int) -> Bool { i < count && tokens[i] == .punct(c) }

  func word(at i: Int) -> String? {
    guard i < count, case .word(let w) = tokens[i] else { return nil }
    return w
  }

  func weekday(at i: Int) -> Int? { word(at: i).flatMap { Self.weekdays[$0] } }

  func month(at i: Int) -> (Int, next: Int)? {
    guard let m = word(at: i).flatMap({ Self.months[$0] }) else { return nil }
    return (m, isPunct(".", at: i + 1) ? i + 2 : i + 1)
  }

  /// A day of month, "2" or "2nd".
  func day(at i: Int) -> Int? {
    guard i < count, case .number(let n) = tokens[i] else { return nil }
    let digits = n.prefix(while: \.isNumber)
    let suffix = n.dropFirst(digits.count).lowercased()
    guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix),
      let d = Int(digits), (1...31).contains(d)
    else { return nil }
    return d
  }

  func year(at i: Int) -> Int? {
    guard i < count, case .number(let n) = tokens[i], n.count == 4, let y = Int(n),
      (1000...2999).contains(y)
    else { return nil }
    return y
  }

  /// "June 2[, 2025]" or "2 June [2025]" or "the 2nd of June".
  func dayMonth(at start: Int) -> (day: Int, month: Int, year: Int?, end: Int)? {
    var i = start
    if word(at: i) == "the" { i += 1 }
    if let (m, next) = month(at: i), let d = day(at: next) {
      var j = next + 1
      if isPunct(",", at: j) { j += 1 }
      return (d, m, year(at: j), j)
    }
    if let d = day(at: i) {
      var j = i + 1
      if word(at: j) == "of" { j += 1 }
      if let (m, next) = month(at: j) {
        var k = next
        if isPunct(",", at: k) { k += 1 }
        return (d, m, year(at: k), k)
      }
    }
    return nil
  }

  /// `2025-06-02` as number, "-", number, "-", number.
  func isoDate(at i: Int) -> CalendarDate? {
    guard let y = year(at: i), isPunct("-", at: i + 1), isPunct("-", at: i + 3),
      case .number(let m) = i + 2 < count ? tokens[i + 2] : .punct(" "), m.count == 2,
      case .number(let d) = i + 4 < count ? tokens[i + 4] : .punct(" "), d.count == 2
    else { return nil }
    return CalendarDate(iso: "\(y)-\(m)-\(d)")
  }
}
