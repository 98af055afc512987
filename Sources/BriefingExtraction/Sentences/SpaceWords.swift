import BriefingModels

/// The first or last of a string's space-separated words (`split(separator: " ").first` /
/// `.last`), found on bytes when the string is ASCII instead of by splitting it into an array
/// of characters: party names and cues are asked for theirs once per statement.
enum SpaceWords {
  static func first(_ s: String) -> Substring? {
    guard s.isASCIIOnly else { return s.split(separator: " ").first }
    let utf8 = s.utf8
    guard let start = utf8.firstIndex(where: { $0 != 0x20 }) else { return nil }
    let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
    return s[start..<end]
  }

  static func last(_ s: String) -> Substring? {
    guard s.isASCIIOnly else { return s.split(separator: " ").last }
    let utf8 = s.utf8
    guard let last = utf8.lastIndex(where: { $0 != 0x20 }) else { return nil }
    let end = utf8.index(after: last)
    let start = utf8[..<end].lastIndex(of: 0x20).map { utf8.index(after: $0) } ?? utf8.startIndex
    return s[start..<end]
  }
}
