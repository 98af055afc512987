import BriefingModels

/// Reading TIMEX3 values: how precise a value is, for callers that date events with it.
public enum TimexValue {
  /// The precision of a TIMEX3 date value: `2025-06-02` (or `2025-06-02T10:00`) → day,
  /// `2025-W23` → week, `2025-06` → month, `2025-Q3` or a season `1997-SU` → quarter,
  /// `2025` or a half `1989-H1` → year, `199` → decade. Nil for durations, sets,
  /// `PRESENT_REF`-style references and anything else.
  public static func precision(ofValue value: String) -> EventDate.Precision? {
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
}
