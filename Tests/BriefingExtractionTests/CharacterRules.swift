@testable import BriefingExtraction

/// The sentence and inline-markup rules as first written, one `Character` at a time: slow and
/// plain, kept here as the reference the product's faster paths must agree with.
enum CharacterRules {
  /// The sentences of any text.
  static func split(_ text: String) -> [SentenceSpan] {
    let chars = Array(text)
    var scalarOffsets: [Int] = []  // scalar offset of each character
    scalarOffsets.reserveCapacity(chars.count + 1)
    var offset = 0
    for c in chars {
      scalarOffsets.append(offset)
      offset += c.unicodeScalars.count
    }
    scalarOffsets.append(offset)

    var spans: [SentenceSpan] = []
    var start = 0
    func emit(_ end: Int) {
      var a = start
      var b = end
      while a < b, chars[a].isWhitespace { a += 1 }
      while b > a, chars[b - 1].isWhitespace { b -= 1 }
      if a < b {
        spans.append(
          SentenceSpan(text: String(chars[a..<b]), start: scalarOffsets[a], end: scalarOffsets[b]))
      }
      start = end
    }

    var i = 0
    while i < chars.count {
      let c = chars[i]
      // Blank line: paragraph boundary.
      if c == "\n" {
        var j = i + 1
        while j < chars.count, chars[j] == " " || chars[j] == "\t" || chars[j] == "\r" { j += 1 }
        if j < chars.count, chars[j] == "\n" {
          emit(i)
          i = j
          continue
        }
      }
      if c == "." || c == "!" || c == "?" || c == "…" {
        var j = i + 1
        while j < chars.count, ".!?…".contains(chars[j]) { j += 1 }
        while j < chars.count, "\"”’')]»".contains(chars[j]) { j += 1 }
        guard j < chars.count, chars[j].isWhitespace else {
          i = j
          continue
        }
        var k = j
        while k < chars.count, chars[k].isWhitespace { k += 1 }
        guard k < chars.count else { break }
        let next = chars[k]
        let opensSentence =
          next.isUppercase || next.isNumber || "\"“‘'(«".contains(next)
        let newlineBetween = chars[j..<k].contains("\n")
        if opensSentence || newlineBetween,
          c != "." || periodEndsSentence(chars, at: i, nextWordAt: k) || newlineBetween
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

  private static func periodEndsSentence(_ chars: [Character], at dot: Int, nextWordAt k: Int)
    -> Bool
  {
    var a = dot
    while a > 0, chars[a - 1].isLetter || chars[a - 1] == "." { a -= 1 }
    let word = String(chars[a..<dot]).lowercased()
    if word.isEmpty { return true }
    var e = k
    while e < chars.count, chars[e].isLetter { e += 1 }
    let nextWord = String(chars[k..<e]).lowercased()
    if SentenceSplitter.titles.contains(word) { return false }
    if SentenceSplitter.months.contains(word) { return !chars[k].isNumber }
    if word.count == 1, chars[dot - 1].isUppercase, word != "i" { return false }
    if word.contains(".") { return SentenceSplitter.openingWords.contains(nextWord) }
    return true
  }

  /// `inline` character by character, for any text.
  static func inline(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.count)
    let chars = Array(s)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "!" && i + 1 < chars.count && chars[i + 1] == "[" {
        i += 1
        continue
      }
      if c == "]" && i + 1 < chars.count && chars[i + 1] == "(" {
        // Skip the link target.
        var j = i + 2
        var depth = 1
        while j < chars.count, depth > 0 {
          if chars[j] == "(" { depth += 1 }
          if chars[j] == ")" { depth -= 1 }
          j += 1
        }
        i = j
        continue
      }
      if c == "[" || c == "`" {
        i += 1
        continue
      }
      if c == "*"
        || (c == "_"
          && (i == 0 || !chars[i - 1].isLetter || i + 1 == chars.count || !chars[i + 1].isLetter))
      {
        i += 1
        continue
      }
      if c == "<", let close = chars[i...].firstIndex(of: ">"), close - i < 200,
        i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "/"
      {
        i = close + 1
        continue
      }
      out.append(c)
      i += 1
    }
    return out
  }

  /// The lines of a text, split on the `Character` "\n".
  static func lines(of text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The tokens of a sentence, one `Character` at a time (as `Tokenizer.unicodeTokens` was
  /// first written).
  static func tokens(of s: String) -> [Token] {
    var out: [Token] = []
    out.reserveCapacity(s.count / 4)
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c.isWhitespace {
        i = s.index(after: i)
        continue
      }
      if c.isLetter || c.isNumber {
        var j = s.index(after: i)
        while j < s.endIndex {
          let d = s[j]
          if d.isLetter || d.isNumber {
            j = s.index(after: j)
            continue
          }
          // Internal apostrophe: "N'Djamena", "d'Ivoire"; but "'s" ends the word.
          if Tokenizer.isApostrophe(d) {
            let k = s.index(after: j)
            guard k < s.endIndex, s[k].isLetter else { break }
            let afterK = s.index(after: k)
            if (s[k] == "s" || s[k] == "S") && (afterK == s.endIndex || !s[afterK].isLetter) {
              break
            }
            j = k
            continue
          }
          // Decimal or thousands separator inside a number: "3.5", "1,200".
          if d == "." || d == ",", s[s.index(before: j)].isNumber {
            let k = s.index(after: j)
            if k < s.endIndex, s[k].isNumber {
              j = k
              continue
            }
          }
          break
        }
        // Dotted acronym: single letters each followed by a dot ("U.S.", "U.K.").
        if s.distance(from: i, to: j) == 1, c.isUppercase, j < s.endIndex, s[j] == "." {
          var k = s.index(after: j)
          var letters = 1
          while k < s.endIndex, s[k].isLetter, s[k].isUppercase {
            let dot = s.index(after: k)
            guard dot < s.endIndex, s[dot] == "." else { break }
            k = s.index(after: dot)
            letters += 1
          }
          if letters >= 2 { j = k }
        }
        out.append(token(s, i..<j, isWord: true))
        i = j
        continue
      }
      if Tokenizer.isApostrophe(c) {
        let k = s.index(after: i)
        if k < s.endIndex, s[k] == "s" || s[k] == "S" {
          let afterK = s.index(after: k)
          if afterK == s.endIndex || !s[afterK].isLetter, let last = out.last, last.isWord,
            last.range.upperBound == i
          {
            out.append(
              Token(
                text: s[i..<afterK], norm: "'s", range: i..<afterK, isWord: false,
                isCapitalized: false, isAllCaps: false))
            i = afterK
            continue
          }
        }
      }
      let j = s.index(after: i)
      out.append(token(s, i..<j, isWord: false))
      i = j
    }
    return out
  }

  private static func token(_ s: String, _ r: Range<String.Index>, isWord: Bool) -> Token {
    if isWord, let token = ASCIITokenizer.asciiWord(s, r) { return token }
    return Tokenizer.characterToken(s, r, isWord: isWord)
  }
}
