import BriefingModels
import Synchronization

/// Reads TIMEX3 values (`2025-06-02`, `2025-W23`, `2025-06`, `2025-Q2`, `2025`, `202`) into the
/// first day they cover and a label a reader understands ("2 June 2025", "week 23, 2025").
struct DateLabel: Sendable, Hashable {
  /// First day the value covers; nil when the value has no known year (`XXXX-06-02`).
  var start: CalendarDate?
  var label: String

  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  init(_ date: EventDate) { self.init(value: date.value, fallback: date.text) }

  init(iso: String) { self.init(value: iso, fallback: iso) }

  /// Values read so far: a site has a few hundred dates and reads each of them at every
  /// event, statement and briefing of every build (5% of a rebuild). Keyed by the value
  /// alone (not with the fallback, which is each event's own text, so that nearly every event
  /// parsed its date again): what the fallback does to the label is applied after.
  private static let read = Mutex<[String: Read]>([:])

  /// What a value reads as: its first day, and its label or which fallback stands for it.
  private struct Read: Sendable {
    var start: CalendarDate?
    var label: Label

    enum Label: Sendable {
      case text(String)
      /// The fallback as given.
      case fallback
      /// The fallback, or the value when the fallback is empty.
      case fallbackOrValue
    }
  }

  init(value: String, fallback: String) {
    let read: Read
    if let known = Self.read.withLock({ $0[value] }) {
      read = known
    } else {
      read = Self.parse(value)
      // Bounded: past this many distinct values (never seen on a real site), values are read
      // again each time rather than kept.
      Self.read.withLock { if $0.count < 100_000 { $0[value] = read } }
    }
    start = read.start
    switch read.label {
    case .text(let text): label = text
    case .fallback: label = fallback
    case .fallbackOrValue: label = fallback.isEmpty ? value : fallback
    }
  }

  /// `value` read with stand-ins for the fallback, so that the result holds for any fallback.
  private static func parse(_ value: String) -> Read {
    // A label is either made from the value alone or is the fallback (or, failing one, the
    // value): a fallback no value gives tells which.
    let probe = "\u{0}fallback"
    let a = DateLabel(parsing: value, fallback: probe)
    guard a.label == probe else { return Read(start: a.start, label: .text(a.label)) }
    let b = DateLabel(parsing: value, fallback: "")
    return Read(start: a.start, label: b.label.isEmpty ? .fallback : .fallbackOrValue)
  }

  private init(parsing value: String, fallback: String) {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    let year = parts.first.flatMap { $0.count == 4 ? Int($0) : nil }
    switch parts.count {
    case 1 where year != nil:
      start = CalendarDate(year: year!, month: 1, day: 1)
      label = parts[0]
    case 1 where parts[0].count == 3 && Int(parts[0]) != nil:
      start = CalendarDate(year: Int(parts[0])! * 10, month: 1, day: 1)
      label = "the \(parts[0])0s"
    case 2 where year != nil:
      let p = parts[1]
      if let m = Int(p), p.count == 2, let d = CalendarDate(year: year!, month: m, day: 1) {
        start = d
        label = "\(Self.months[m - 1]) \(year!)"
      } else if p.hasPrefix("W"), let w = Int(p.dropFirst()), (1...53).contains(w) {
        let jan4 = CalendarDate(year: year!, month: 1, day: 4)!
        start = jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7)
        label = "week \(w), \(year!)"
      } else if p.hasPrefix("Q"), let q = Int(p.dropFirst()), (1...4).contains(q) {
        start = CalendarDate(year: year!, month: (q - 1) * 3 + 1, day: 1)
        label = "Q\(q) \(year!)"
      } else if let season = [
        "SP": (3, "spring"), "SU": (6, "summer"), "FA": (9, "autumn"), "WI": (12, "winter"),
      ][p] {
        start = CalendarDate(year: year!, month: season.0, day: 1)
        label = "\(season.1) \(year!)"
      } else if p == "H1" || p == "H2" {
        start = CalendarDate(year: year!, month: p == "H1" ? 1 : 7, day: 1)
        label = "\(p == "H1" ? "first" : "second") half of \(year!)"
      } else {
        start = nil
        label = fallback
      }
    default:
      if let d = CalendarDate(iso: String(value.prefix(10))) {
        start = d
        label = Self.format(d)
      } else {
        start = nil
        label = fallback.isEmpty ? value : fallback
      }
    }
  }

  static func format(_ d: CalendarDate) -> String { "\(d.day) \(months[d.month - 1]) \(d.year)" }

  /// The label as it starts a heading or a line ("Spring 2022", "Week 23, 2025"); `label` stays
  /// lower-case for running text ("events reported in spring 2022").
  var heading: String { Self.capitalisingFirst(label) }

  /// `text` with its first letter upper-cased and the rest as it is.
  static func capitalisingFirst(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// `YYYY-MM` key of the month the date starts in, or "undated".
  var monthKey: String { start.map { String($0.iso.prefix(7)) } ?? "undated" }
  var yearKey: String { start.map { String($0.iso.prefix(4)) } ?? "undated" }
}
