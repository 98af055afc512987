/// The `Character` classes of the 128 ASCII values, read once from `Character`'s own
/// properties, so byte-level fast paths for ASCII text classify exactly as the Unicode paths.
///
/// A fast path may treat each byte as one `Character` only when the text holds no `\r`
/// (`"\r\n"` is a single `Character`); `ASCIIClass.isPlain(_:)` checks both at once.
enum ASCIIClass {
  static let space: UInt8 = 1
  static let letter: UInt8 = 2
  static let number: UInt8 = 4
  static let upper: UInt8 = 8

  /// Class bits of each ASCII value.
  static let table: [UInt8] = (0..<128).map { value in
    bits(of: Character(Unicode.Scalar(UInt8(value))))
  }

  /// The class bits of any character, from its own properties.
  static func bits(of c: Character) -> UInt8 {
    var bits: UInt8 = 0
    if c.isWhitespace { bits |= space }
    if c.isLetter { bits |= letter }
    if c.isNumber { bits |= number }
    if c.isUppercase { bits |= upper }
    return bits
  }

  /// Whether every byte of `s` is ASCII other than `\r`: then each byte is one `Character`.
  static func isPlain<S: StringProtocol>(_ s: S) -> Bool {
    let contiguous = s.utf8.withContiguousStorageIfAvailable { bytes in
      for b in bytes where b >= 0x80 || b == 0x0D { return false }
      return true
    }
    return contiguous ?? s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }

  /// `b` lower-cased the way `String.lowercased()` does for ASCII.
  @inline(__always) static func lower(_ b: UInt8) -> UInt8 {
    b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b
  }
}
