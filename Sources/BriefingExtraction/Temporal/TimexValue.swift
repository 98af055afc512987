import BriefingModels

/// Reading TIMEX3 values: how precise a value is, for callers that date events with it.
public enum TimexValue {
  /// The precision of a TIMEX3 date value: `2025-06-02` (or `2025-06-02T10:00`) → day,
  /// `2025-W23` → week, `2025-06` → month, `2025-Q3` or a season `1997-SU` → quarter,
  /// `2025` or a half `1989-H1` → year, `199` → decade. Nil for durations, sets,
  /// `PRESENT_REF`-style references and anything else.
  public static func precision(ofValue value: String) -> EventDate.Precision? {
    if let p = value.utf8.withContiguousStorageIfAvailable({ printableASCIIPrecision($0) }),
      let p
    {
      return p
    }
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.allSatisfy({ $0.isNumber || $0 == "X" }) else {
      return nil
    }
    switch parts.count {
    case 1:
      switch first.count {
      case 4: return .year
      case 3: return .decade
      default: return nil
      }
    case 2:
      let second = parts[1]
      if second.hasPrefix("W") { return .week }
      if second.hasPrefix("Q") || ["SP", "SU", "FA", "WI"].contains(second) { return .quarter }
      if second.hasPrefix("H") { return .year }
      return second.count == 2 && second.allSatisfy({ $0.isNumber || $0 == "X" }) ? .month : nil
    case 3:
      if parts[1].hasPrefix("W") { return .week }
      return parts[2].count >= 2 ? .day : nil
    default:
      return nil
    }
  }

  /// `precision(ofValue:)` read from the bytes of a printable-ASCII value (every value the
  /// grammar writes), where a character is a byte and a number a digit: the same answer
  /// without splitting the string or asking `Character` properties. `.some(nil)` is "no
  /// precision"; nil means the bytes are not all printable ASCII, for the general reading.
  static func printableASCIIPrecision(_ b: UnsafeBufferPointer<UInt8>) -> EventDate.Precision?? {
    guard b.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
    func numeric(_ r: Range<Int>) -> Bool {
      r.allSatisfy { (b[$0] >= 48 && b[$0] <= 57) || b[$0] == 88 }  // digits or "X"
    }
    // The parts between dashes, as ranges of `b` (empty parts kept).
    var parts: [Range<Int>] = []
    var start = 0
    for k in 0..<b.count where b[k] == 45 {
      parts.append(start..<k)
      start = k + 1
      if parts.count > 3 { return .some(nil) }
    }
    parts.append(start..<b.count)
    guard numeric(parts[0]) else { return .some(nil) }
    func starts(_ r: Range<Int>, _ c: UInt8) -> Bool { !r.isEmpty && b[r.lowerBound] == c }
    switch parts.count {
    case 1:
      switch parts[0].count {
      case 4: return .year
      case 3: return .decade
      default: return .some(nil)
      }
    case 2:
      let second = parts[1]
      if starts(second, 87) { return .week }  // W
      if starts(second, 81) { return .quarter }  // Q
      if second.count == 2 {
        let pair = (b[second.lowerBound], b[second.lowerBound + 1])
        // SP, SU, FA, WI
        if pair == (83, 80) || pair == (83, 85) || pair == (70, 65) || pair == (87, 73) {
          return .quarter
        }
      }
      if starts(second, 72) { return .year }  // H
      return second.count == 2 && numeric(second) ? .month : .some(nil)
    case 3:
      if starts(parts[1], 87) { return .week }
      return parts[2].count >= 2 ? .day : .some(nil)
    default:
      return .some(nil)
    }
  }
}
