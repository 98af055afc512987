/// A sorted list of record ids as a short JSON-safe string: `d` and the gaps between ids in
/// base-32 digits (a digit of 32 or more says another follows), or `b` and a bitmap of the ids
/// six to a character, whichever is shorter. A term found in half the records costs one
/// character per six records.
enum Postings {
  static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

  static func encode(_ ids: [Int32]) -> String {
    if ids.isEmpty { return "" }
    var gaps: [UInt8] = [UInt8(ascii: "d")]
    var previous: Int32 = -1
    for id in ids {
      var gap = Int(id - previous - 1)
      previous = id
      while gap >= 32 {
        gaps.append(alphabet[32 + gap & 31])
        gap >>= 5
      }
      gaps.append(alphabet[gap])
    }
    let last = Int(ids.last!)
    if last / 6 + 2 < gaps.count {
      var bits = [UInt8](repeating: 0, count: last / 6 + 1)
      for id in ids { bits[Int(id) / 6] |= 1 << (Int(id) % 6) }
      return String(decoding: [UInt8(ascii: "b")] + bits.map { alphabet[Int($0)] }, as: UTF8.self)
    }
    return String(decoding: gaps, as: UTF8.self)
  }
}
