/// A text as an array of `Character`s with what the character rules keep asking of each one:
/// its code (the scalar of a one-scalar character, `none` otherwise), where it starts in
/// Unicode scalars and in UTF-8 bytes.
///
/// Comparing a code with a literal gives what comparing the `Character` gives, without
/// Swift's string comparison; a span's text is copied from the UTF-8 bytes instead of being
/// rebuilt character by character. Both were most of the cost of splitting non-ASCII text.
struct CharacterText {
  /// The code of a character made of more than one scalar: equal to no literal.
  static let none: UInt32 = .max

  let text: String
  let chars: [Character]
  let codes: [UInt32]
  /// Scalar offset of each character, then the text's scalar count.
  let scalarOffsets: [Int]
  /// UTF-8 offset of each character, then the text's byte count.
  let utf8Offsets: [Int]

  init(_ text: String) {
    self.text = text
    let chars = Array(text)
    var codes: [UInt32] = []
    var scalarOffsets: [Int] = []
    var utf8Offsets: [Int] = []
    codes.reserveCapacity(chars.count)
    scalarOffsets.reserveCapacity(chars.count + 1)
    utf8Offsets.reserveCapacity(chars.count + 1)
    var scalars = 0
    var bytes = 0
    for c in chars {
      scalarOffsets.append(scalars)
      utf8Offsets.append(bytes)
      let utf8 = c.utf8.count
      if utf8 == 1 {
        codes.append(UInt32(c.utf8.first!))
        scalars += 1
      } else {
        let s = c.unicodeScalars
        let count = s.count
        codes.append(count == 1 ? s.first!.value : Self.none)
        scalars += count
      }
      bytes += utf8
    }
    scalarOffsets.append(scalars)
    utf8Offsets.append(bytes)
    self.chars = chars
    self.codes = codes
    self.scalarOffsets = scalarOffsets
    self.utf8Offsets = utf8Offsets
  }

  var count: Int { chars.count }

  /// Whether character `i` is exactly the one-scalar character `c`.
  func isChar(_ i: Int, _ c: Unicode.Scalar) -> Bool { codes[i] == c.value }

  /// Whether character `i` is one of the one-scalar characters of `set`.
  func isAny(_ i: Int, of set: [Unicode.Scalar]) -> Bool {
    let code = codes[i]
    return set.contains { $0.value == code }
  }

  /// The text of characters `a..<b`.
  func slice(_ a: Int, _ b: Int) -> String {
    let utf8 = text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[a])
    let to = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[b])
    return String(text[from..<to])
  }
}
