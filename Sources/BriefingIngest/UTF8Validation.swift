/// Finds the first byte that breaks UTF-8, so an editor is told the line of a bad byte.
///
/// Swift's own decoding says only "invalid"; this walks the bytes by RFC 3629 rules (no overlong
/// forms, no surrogates, nothing above U+10FFFF) and returns where the first bad sequence starts.
public enum UTF8Validation {
  /// The offset of the first byte of the first invalid sequence, or nil when all is valid.
  public static func firstInvalidOffset(_ bytes: some Collection<UInt8>) -> Int? {
    let b = Array(bytes)
    var i = 0
    let n = b.count
    while i < n {
      let c = b[i]
      if c < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch c {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        upper = 0x9F
      case 0xF0:
        length = 4
        lower = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        upper = 0x8F
      default: return i
      }
      guard i + length <= n else { return i }
      if b[i + 1] < lower || b[i + 1] > upper { return i }
      for k in 2..<length where b[i + k] < 0x80 || b[i + k] > 0xBF { return i }
      i += length
    }
    return nil
  }

  /// 1-based line and column (in bytes) of `offset` within `bytes`.
  public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return (line, offset - lineStart + 1)
  }
}
