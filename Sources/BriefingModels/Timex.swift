/// A temporal expression found in a text, normalised TimeML-style (TIMEX3).
///
/// Offsets count Unicode scalars of the input text; `end` is exclusive.
public struct Timex: Codable, Sendable, Hashable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
  }

  public var start: Int
  public var end: Int
  public var text: String
  public var type: Kind
  /// TIMEX3 value: `2025-06-02`, `2025-06`, `2025-W23`, `PRESENT_REF`, `P3D`, `XXXX-06-02`.
  public var value: String
  /// TIMEX3 `mod` (`APPROX`, `START`, `END`, ...), when there is one.
  public var mod: String?

  public init(start: Int, end: Int, text: String, type: Kind, value: String, mod: String? = nil) {
    self.start = start
    self.end = end
    self.text = text
    self.type = type
    self.value = value
    self.mod = mod
  }
}
