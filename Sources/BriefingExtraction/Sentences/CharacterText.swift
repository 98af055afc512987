/// A text as its `Character`s, with what the character rules keep asking of each one: its code
/// (the scalar of a one-scalar character, `none` otherwise), its classes (space, letter, number,
/// upper case, as `ASCIIClass` bits), where it starts in Unicode scalars and in UTF-8 bytes.
///
/// Comparing a code with a literal gives what comparing the `Character` gives, and a class bit
/// what the `Character` property gives, without Swift's string comparison or property look-ups;
/// a span's text is copied from the UTF-8 bytes instead of being rebuilt character by character.
/// Most news is not plain ASCII (curly quotes, dashes, accented names) but has no character of
/// more than one scalar: such a text is read scalar by scalar, without grapheme breaking.
struct CharacterText {
  /// The code of a character made of more than one scalar: equal to no literal.
  static let none: UInt32 = .max

  let text: String
  let codes: [UInt32]
  /// `ASCIIClass` bits of each character.
  let classes: [UInt8]
  /// Scalar offset of each character, then the text's scalar count.
  let scalarOffsets: [Int]
  /// UTF-8 offset of each character, then the text's byte count.
  let utf8Offsets: [Int]

  init(_ text: String) {
    self = Self.scalarByScalar(text) ?? Self.characterByCharacter(text)
  }

  private init(
    text: String, codes: [UInt32], classes: [UInt8], scalarOffsets: [Int], utf8Offsets: [Int]
  ) {
    self.text = text
    self.codes = codes
    self.classes = classes
    self.scalarOffsets = scalarOffsets
    self.utf8Offsets = utf8Offsets
  }

  /// Any text, one `Character` at a time.
  static func characterByCharacter(_ text: String) -> CharacterText {
    var codes: [UInt32] = []
    var classes: [UInt8] = []
    var scalarOffsets: [Int] = []
    var utf8Offsets: [Int] = []
    var scalars = 0
    var bytes = 0
    for c in text {
      scalarOffsets.append(scalars)
      utf8Offsets.append(bytes)
      let utf8 = c.utf8.count
      if utf8 == 1 {
        let byte = c.utf8.first!
        codes.append(UInt32(byte))
        classes.append(ASCIIClass.table[Int(byte & 0x7F)])
        scalars += 1
      } else {
        let s = c.unicodeScalars
        let count = s.count
        codes.append(count == 1 ? s.first!.value : Self.none)
        classes.append(ASCIIClass.bits(of: c))
        scalars += count
      }
      bytes += utf8
    }
    scalarOffsets.append(scalars)
    utf8Offsets.append(bytes)
    return CharacterText(
      text: text, codes: codes, classes: classes, scalarOffsets: scalarOffsets,
      utf8Offsets: utf8Offsets)
  }

  /// A text whose every scalar is a `Character` of its own (`StandAloneScalars`), read from its
  /// UTF-8 bytes; nil for any other text.
  static func scalarByScalar(_ text: String) -> CharacterText? {
    var contiguous = text
    return contiguous.withUTF8 { bytes -> CharacterText? in
      var codes: [UInt32] = []
      var classes: [UInt8] = []
      var utf8Offsets: [Int] = []
      codes.reserveCapacity(bytes.count)
      classes.reserveCapacity(bytes.count)
      utf8Offsets.reserveCapacity(bytes.count + 1)
      let table = ASCIIClass.table
      var i = 0
      while i < bytes.count {
        let lead = bytes[i]
        utf8Offsets.append(i)
        if lead < 0x80 {
          if lead == 0x0D { return nil }  // "\r\n" is one character
          codes.append(UInt32(lead))
          classes.append(table[Int(lead)])
          i += 1
          continue
        }
        // Valid UTF-8 (a String's bytes): the lead byte gives the length.
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        guard StandAloneScalars.contains(value) else { return nil }
        codes.append(value)
        classes.append(StandAloneScalars.classes(of: value))
        i += length
      }
      utf8Offsets.append(bytes.count)
      return CharacterText(
        text: text, codes: codes, classes: classes, scalarOffsets: Array(0...codes.count),
        utf8Offsets: utf8Offsets)
    }
  }

  var count: Int { codes.count }

  /// Whether character `i` is exactly the one-scalar character `c`.
  func isChar(_ i: Int, _ c: Unicode.Scalar) -> Bool { codes[i] == c.value }

  /// Whether character `i` is one of the one-scalar characters of `set`.
  func isAny(_ i: Int, of set: [Unicode.Scalar]) -> Bool {
    let code = codes[i]
    return set.contains { $0.value == code }
  }

  /// `Character.isWhitespace` of character `i`.
  func isSpace(_ i: Int) -> Bool { classes[i] & ASCIIClass.space != 0 }
  /// `Character.isLetter` of character `i`.
  func isLetter(_ i: Int) -> Bool { classes[i] & ASCIIClass.letter != 0 }
  /// `Character.isNumber` of character `i`.
  func isNumber(_ i: Int) -> Bool { classes[i] & ASCIIClass.number != 0 }
  /// `Character.isUppercase` of character `i`.
  func isUpper(_ i: Int) -> Bool { classes[i] & ASCIIClass.upper != 0 }

  /// The text of characters `a..<b`.
  func slice(_ a: Int, _ b: Int) -> String {
    let utf8 = text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[a])
    let to = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[b])
    return String(text[from..<to])
  }
}
