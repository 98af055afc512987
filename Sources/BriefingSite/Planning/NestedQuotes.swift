/// A sentence placed inside “…” on a page: its own double quotes become single ones, as
/// typography nests them (“‘The side postponed,’ Medinsky said.”), instead of “"The side…".
enum NestedQuotes {
  static func inner(_ text: String) -> String {
    guard text.contains(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var previous: Character? = nil
    for c in text {
      switch c {
      case "“": out.append("‘")
      case "”": out.append("’")
      case "\"":
        // Opening at the start or after a space or an opening bracket; closing elsewhere.
        let opens = previous.map { $0.isWhitespace || "([{—–-".contains($0) } ?? true
        out.append(opens ? "‘" : "’")
      default: out.append(c)
      }
      previous = c
    }
    return out
  }
}
