/// Non-ASCII scalars that are always a `Character` of their own, next to any other such scalar
/// or ASCII character but "\r": the letters of Latin, Greek and Cyrillic, the punctuation news
/// uses (curly quotes, dashes, "…", "«»"), currency and letter-like signs.
///
/// None of them extends, prepends to or joins a grapheme cluster (Unicode's Extend, ZWJ,
/// SpacingMark, Prepend, Regional_Indicator or Hangul classes; `StandAloneScalarsTests` checks
/// each), so a text made only of them and of ASCII can be read one scalar at a time.
enum StandAloneScalars {
  /// The ranges, sorted; combining marks (U+0300–U+036F, U+0483–U+0489) and the joiners U+200C
  /// and U+200D are outside them.
  static let ranges: [ClosedRange<UInt32>] = [
    0x00A0...0x02FF,  // Latin-1 Supplement, Latin Extended-A and -B, IPA, modifier letters
    0x0370...0x03FF,  // Greek
    0x0400...0x0482, 0x048A...0x04FF,  // Cyrillic
    0x1E00...0x1EFF,  // Latin Extended Additional
    0x2000...0x200B, 0x200E...0x2064,  // General Punctuation
    0x20A0...0x20C0,  // currency signs
    0x2100...0x218B,  // letter-like signs, number forms
  ]

  static func contains(_ value: UInt32) -> Bool {
    if value < 0x0300 { return value >= 0x00A0 }
    for range in ranges where range.contains(value) { return true }
    return false
  }

  /// Whether every non-ASCII scalar of `s` stands alone, so every ASCII character of it is a
  /// `Character` of its own ("\r\n" aside).
  static func holdsOnly(_ s: String) -> Bool {
    for scalar in s.unicodeScalars where scalar.value >= 0x80 {
      if !contains(scalar.value) { return false }
    }
    return true
  }

  /// The `ASCIIClass` bits of the character made of the scalar `value` alone.
  static func classes(of value: UInt32) -> UInt8 {
    if let c = common[value] { return c }
    return ASCIIClass.bits(of: Character(Unicode.Scalar(value)!))
  }

  /// The bits of the scalars most news text holds, read once.
  private static let common: [UInt32: UInt8] = Dictionary(
    uniqueKeysWithValues: (Array(0x00A0...0x017F) + Array(0x2010...0x2027)).map {
      (UInt32($0), ASCIIClass.bits(of: Character(Unicode.Scalar(UInt32($0))!)))
    })
}
