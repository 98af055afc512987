/// One token of the text the temporal tagger scans: a word, a number or a punctuation mark.
///
/// Offsets count Unicode scalars of the input (end exclusive), the unit `Timex` reports in.
struct TemporalToken: Sendable {
  enum Kind: Sendable { case word, number, punct }

  var kind: Kind
  /// The token as written.
  var text: String
  /// Lower-cased text, the form the lexicon is keyed by.
  var lower: String
  var start: Int
  var end: Int
  /// True when whitespace (or the start of the text) comes right before the token.
  var spaced: Bool
  /// True when a blank line or a paragraph break comes before the token.
  var paragraphBreak: Bool
  /// True for the first token of a line (or of the text).
  var lineStart = false

  /// The integer value of a plain digit run ("1998", "06"); nil for "1,500" or "1.5".
  var integer: Int? {
    guard kind == .number, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), text.utf8.count <= 9
    else { return nil }
    return Int(text)
  }

  var isCapitalised: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }

  func isPunct(_ s: String) -> Bool { kind == .punct && text == s }
}

/// Splits a text into `TemporalToken`s in one pass over its Unicode scalars.
///
/// Words are runs of letters; numbers are digit runs, keeping inner `,` or `.` when a digit
/// follows ("1,500", "1.5") so that a count can never be read as a year; everything else
/// that is not space is a one-scalar punctuation token.
enum TemporalTokenizer {
  static func tokenize(_ text: String) -> [TemporalToken] { tokenize(scalars(of: text)) }

  /// `Array(text.unicodeScalars)`, decoded from the string's UTF-8 bytes in place (a native
  /// string's bytes are valid UTF-8): counting and copying through the scalar view took
  /// twice as long.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    let decoded = text.utf8.withContiguousStorageIfAvailable { b -> [Unicode.Scalar] in
      var out: [Unicode.Scalar] = []
      out.reserveCapacity(b.count)
      var k = 0
      let n = b.count
      while k < n {
        let b0 = UInt32(b[k])
        var v: UInt32
        var width: Int
        if b0 < 0x80 {
          v = b0
          width = 1
        } else if b0 < 0xE0 {
          v = b0 & 0x1F
          width = 2
        } else if b0 < 0xF0 {
          v = b0 & 0x0F
          width = 3
        } else {
          v = b0 & 0x07
          width = 4
        }
        guard k + width <= n else { return Array(text.unicodeScalars) }
        for m in 1..<width { v = v << 6 | (UInt32(b[k + m]) & 0x3F) }
        guard let scalar = Unicode.Scalar(v) else { return Array(text.unicodeScalars) }
        out.append(scalar)
        k += width
      }
      return out
    }
    return decoded ?? Array(text.unicodeScalars)
  }

  static func tokenize(_ scalars: [Unicode.Scalar]) -> [TemporalToken] {
    var tokens: [TemporalToken] = []
    tokens.reserveCapacity(scalars.count / 4)
    var i = 0
    var spaced = true
    var newlines = 0
    let n = scalars.count
    while i < n {
      let c = scalars[i]
      if isSpace(c) {
        if c == "\n" { newlines += 1 }
        spaced = true
        i += 1
        continue
      }
      let start = i
      let kind: TemporalToken.Kind
      if isDigit(c) {
        kind = .number
        i += 1
        while i < n {
          if isDigit(scalars[i]) {
            i += 1
          } else if scalars[i] == "," || scalars[i] == ".", i + 1 < n, isDigit(scalars[i + 1]) {
            i += 2
          } else {
            break
          }
        }
      } else if isLetter(c) {
        kind = .word
        i += 1
        while i < n, isLetter(scalars[i]) { i += 1 }
      } else {
        kind = .punct
        i += 1
      }
      let word = String(scalars: scalars[start..<i])
      tokens.append(
        TemporalToken(
          kind: kind, text: word, lower: kind == .word ? lowered(word, scalars[start..<i]) : word,
          start: start, end: i, spaced: spaced, paragraphBreak: newlines >= 2,
          lineStart: newlines >= 1 || tokens.isEmpty))
      spaced = false
      newlines = 0
    }
    return tokens
  }

  /// `lowercased()` of a word (`text`, the string of `scalars`): the word itself when it is
  /// ASCII without a capital, its letters lowered byte by byte when it is ASCII.
  static func lowered(_ text: String, _ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var capitals = false
    for c in scalars {
      if c.value >= 0x80 { return text.lowercased() }
      if c.value >= 65 && c.value <= 90 { capitals = true }
    }
    guard capitals else { return text }
    return String(unsafeUninitializedCapacity: scalars.count) { buffer in
      var k = 0
      for c in scalars {
        let b = UInt8(truncatingIfNeeded: c.value)
        buffer[k] = b >= 65 && b <= 90 ? b | 0x20 : b
        k += 1
      }
      return k
    }
  }

  /// ASCII is answered without the Unicode property tables (most news text is ASCII).
  @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
    return c.properties.isAlphabetic
  }

  @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value == 32 || (c.value >= 9 && c.value <= 13) }
    return c.properties.isWhitespace
  }

  @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
    c.value >= 48 && c.value <= 57
  }
}

extension String {
  /// The text of a run of scalars; an ASCII run is written straight into the string's storage
  /// (no heap at all for a word of up to 15 letters), which is much faster than appending
  /// scalars to a `UnicodeScalarView` one by one.
  init(scalars: ArraySlice<Unicode.Scalar>) {
    guard scalars.allSatisfy({ $0.value < 0x80 }) else {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      self = String(view)
      return
    }
    self = String(unsafeUninitializedCapacity: scalars.count) { buffer in
      var k = 0
      for c in scalars {
        buffer[k] = UInt8(truncatingIfNeeded: c.value)
        k += 1
      }
      return k
    }
  }
}
