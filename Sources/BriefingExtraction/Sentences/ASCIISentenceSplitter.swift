/// `SentenceSplitter`'s rules for a text that is plain ASCII (no `\r`), on its bytes.
///
/// Each byte is then one `Character` and one Unicode scalar, so offsets are byte offsets and the
/// character classes come from `ASCIIClass.table`; the spans are the same as the Unicode path's.
enum ASCIISentenceSplitter {
  /// The sentences of `text`, or nil when it holds anything but ASCII or holds a `\r`.
  static func split(_ text: String) -> [SentenceSpan]? {
    guard ASCIIClass.isPlain(text) else { return nil }
    let chars = Array(text.utf8)
    let table = ASCIIClass.table
    func has(_ k: Int, _ bit: UInt8) -> Bool { table[Int(chars[k])] & bit != 0 }
    func isSpace(_ k: Int) -> Bool { has(k, ASCIIClass.space) }
    let newline = UInt8(ascii: "\n")

    var spans: [SentenceSpan] = []
    var start = 0
    func emit(_ end: Int) {
      var a = start
      var b = end
      while a < b, isSpace(a) { a += 1 }
      while b > a, isSpace(b - 1) { b -= 1 }
      if a < b {
        spans.append(
          SentenceSpan(text: String(decoding: chars[a..<b], as: UTF8.self), start: a, end: b))
      }
      start = end
    }

    var i = 0
    while i < chars.count {
      let c = chars[i]
      // Blank line: paragraph boundary.
      if c == newline {
        var j = i + 1
        while j < chars.count,
          chars[j] == UInt8(ascii: " ") || chars[j] == UInt8(ascii: "\t")
            || chars[j] == UInt8(ascii: "\r")
        {
          j += 1
        }
        if j < chars.count, chars[j] == newline {
          emit(i)
          i = j
          continue
        }
      }
      if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
        var j = i + 1
        while j < chars.count, isStop(chars[j]) { j += 1 }
        while j < chars.count, isCloser(chars[j]) { j += 1 }
        guard j < chars.count, isSpace(j) else {
          i = j
          continue
        }
        var k = j
        while k < chars.count, isSpace(k) { k += 1 }
        guard k < chars.count else { break }
        let next = chars[k]
        let opensSentence =
          has(k, ASCIIClass.upper) || has(k, ASCIIClass.number) || next == UInt8(ascii: "\"")
          || next == UInt8(ascii: "'") || next == UInt8(ascii: "(")
        let newlineBetween = chars[j..<k].contains(newline)
        if opensSentence || newlineBetween,
          c != UInt8(ascii: ".") || periodEndsSentence(chars, at: i, nextWordAt: k)
            || newlineBetween
        {
          emit(j)
        }
        i = k
        continue
      }
      i += 1
    }
    emit(chars.count)
    return spans
  }

  /// ".", "!" or "?" (the ASCII marks of `SentenceSplitter`'s ".!?…").
  private static func isStop(_ b: UInt8) -> Bool {
    b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
  }

  /// The ASCII closing quotes and brackets of `SentenceSplitter`'s "\"”’')]»".
  private static func isCloser(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")")
      || b == UInt8(ascii: "]")
  }

  private static func periodEndsSentence(_ chars: [UInt8], at dot: Int, nextWordAt k: Int)
    -> Bool
  {
    let table = ASCIIClass.table
    func isLetter(_ k: Int) -> Bool { table[Int(chars[k])] & ASCIIClass.letter != 0 }
    // The word before the period (letters and inner dots).
    var a = dot
    while a > 0, isLetter(a - 1) || chars[a - 1] == UInt8(ascii: ".") { a -= 1 }
    if a == dot { return true }
    let word = String(decoding: chars[a..<dot].map(ASCIIClass.lower), as: UTF8.self)
    var e = k
    while e < chars.count, isLetter(e) { e += 1 }
    if SentenceSplitter.titles.contains(word) { return false }
    if SentenceSplitter.months.contains(word) {
      return table[Int(chars[k])] & ASCIIClass.number == 0
    }
    // An initial: one capital letter ("J. Smith"), unless it is a pronoun "I".
    if dot - a == 1, table[Int(chars[dot - 1])] & ASCIIClass.upper != 0, word != "i" {
      return false
    }
    // A dotted acronym: "U.S.", "U.N.", "a.m." — ends a sentence only before an opener.
    if chars[a..<dot].contains(UInt8(ascii: ".")) {
      let nextWord = String(decoding: chars[k..<e].map(ASCIIClass.lower), as: UTF8.self)
      return SentenceSplitter.openingWords.contains(nextWord)
    }
    return true
  }
}
