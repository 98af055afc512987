/// The tokenizer's rules for a sentence that is all ASCII, on its UTF-8 bytes.
///
/// Each ASCII character is one byte, so the rules of `Tokenizer` can be applied to bytes with the
/// character classes read from `ASCIIClass.table` (built from the same `Character` properties) instead
/// of Unicode property look-ups per character; the tokens are the same.
enum ASCIITokenizer {
  private static let space = ASCIIClass.space
  private static let letter = ASCIIClass.letter
  private static let number = ASCIIClass.number
  private static let upper = ASCIIClass.upper

  /// The tokens of `s`, or nil when `s` holds anything but ASCII.
  static func tokens(of s: String) -> [Token]? {
    guard isASCII(s) else { return nil }
    let bytes = Array(s.utf8)
    let classes = ASCIIClass.table
    func has(_ k: Int, _ bit: UInt8) -> Bool { classes[Int(bytes[k])] & bit != 0 }
    func isWordChar(_ k: Int) -> Bool { classes[Int(bytes[k])] & (letter | number) != 0 }
    let apostrophe = UInt8(ascii: "'")
    let start = s.utf8.startIndex
    func index(_ k: Int) -> String.Index { s.utf8.index(start, offsetBy: k) }
    func isS(_ k: Int) -> Bool { bytes[k] == UInt8(ascii: "s") || bytes[k] == UInt8(ascii: "S") }

    var out: [Token] = []
    out.reserveCapacity(bytes.count / 4)
    let n = bytes.count
    var lastEnd = -1
    var i = 0
    while i < n {
      let c = bytes[i]
      if has(i, space) {
        i += 1
        continue
      }
      if isWordChar(i) {
        var j = i + 1
        while j < n {
          if isWordChar(j) {
            j += 1
            continue
          }
          let d = bytes[j]
          // Internal apostrophe: "N'Djamena", "d'Ivoire"; but "'s" ends the word.
          if d == apostrophe {
            let k = j + 1
            guard k < n, has(k, letter) else { break }
            if isS(k) && (k + 1 == n || !has(k + 1, letter)) { break }
            j = k
            continue
          }
          // Decimal or thousands separator inside a number: "3.5", "1,200".
          if d == UInt8(ascii: ".") || d == UInt8(ascii: ","), has(j - 1, number) {
            let k = j + 1
            if k < n, has(k, number) {
              j = k
              continue
            }
          }
          break
        }
        // Dotted acronym: single letters each followed by a dot ("U.S.", "U.K.").
        if j - i == 1, has(i, upper), j < n, bytes[j] == UInt8(ascii: ".") {
          var k = j + 1
          var letters = 1
          while k < n, has(k, letter), has(k, upper) {
            let dot = k + 1
            guard dot < n, bytes[dot] == UInt8(ascii: ".") else { break }
            k = dot + 1
            letters += 1
          }
          if letters >= 2 { j = k }
        }
        out.append(word(s, bytes, i, j, index(i)..<index(j)))
        lastEnd = j
        i = j
        continue
      }
      if c == apostrophe {
        let k = i + 1
        if k < n, isS(k) {
          let afterK = k + 1
          if afterK == n || !has(afterK, letter), let last = out.last, last.isWord, lastEnd == i {
            let r = index(i)..<index(afterK)
            out.append(
              Token(
                text: s[r], norm: "'s", range: r, isWord: false, isCapitalized: false,
                isAllCaps: false))
            lastEnd = afterK
            i = afterK
            continue
          }
        }
      }
      let r = index(i)..<index(i + 1)
      out.append(
        Token(
          text: s[r], norm: c == apostrophe ? "'" : String(s[r]), range: r, isWord: false,
          isCapitalized: false, isAllCaps: false))
      lastEnd = i + 1
      i += 1
    }
    return out
  }

  /// Whether every byte of `s` is ASCII, read in place (through the `UTF8View`'s iterator
  /// this was a tenth of the tokenizer).
  static func isASCII(_ s: String) -> Bool {
    if let all = s.utf8.withContiguousStorageIfAvailable({ b -> Bool in
      var any: UInt8 = 0
      for byte in b { any |= byte }
      return any < 0x80
    }) {
      return all
    }
    return s.utf8.allSatisfy { $0 < 0x80 }
  }

  /// The word token of range `r` of `s` when its text is ASCII (as most words of a non-ASCII
  /// sentence are), nil otherwise.
  static func asciiWord(_ s: String, _ r: Range<String.Index>) -> Token? {
    let bytes = Array(s.utf8[r])
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    return word(s, bytes, 0, bytes.count, r)
  }

  /// A word token of bytes `a..<b`: its lower-cased form and casing flags.
  private static func word(
    _ s: String, _ bytes: [UInt8], _ a: Int, _ b: Int, _ r: Range<String.Index>
  ) -> Token {
    var letters = 0
    var upperCount = 0
    var firstUpper = false
    var seenLetter = false
    // The lower-cased form is written straight into the string's storage: no array per word
    // (its allocation looked the array's type up each time) and no UTF-8 validation.
    let norm = String(unsafeUninitializedCapacity: b - a) { lower in
      for k in a..<b {
        let byte = bytes[k]
        let bits = ASCIIClass.table[Int(byte)]
        let isUpper = bits & upper != 0
        lower[k - a] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        guard bits & letter != 0 else { continue }
        letters += 1
        if isUpper { upperCount += 1 }
        if !seenLetter {
          firstUpper = isUpper
          seenLetter = true
        }
      }
      return b - a
    }
    return Token(
      text: s[r], norm: norm, range: r, isWord: true,
      isCapitalized: firstUpper, isAllCaps: letters >= 2 && upperCount == letters)
  }
}
