/// Splits a sentence into word and punctuation tokens.
///
/// Dotted acronyms stay whole ("U.S.", "U.N."), a possessive "'s" is its own token (so
/// "Russia's" finds "Russia"), hyphens separate words ("Russian-Ukrainian") and other
/// punctuation is one token per mark. Linear in the length of the sentence.
enum Tokenizer {
  /// Two implementations, measured to be worth it: see `SentenceSplitter.split`.
  static func tokens(of s: String) -> [Token] {
    ASCIITokenizer.tokens(of: s) ?? unicodeTokens(of: s)
  }

  /// The tokens of any text, character by character (`ASCIITokenizer` gives the same tokens
  /// faster for an all-ASCII text).
  static func unicodeTokens(of s: String) -> [Token] {
    var out: [Token] = []
    out.reserveCapacity(s.count / 4)
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c.isWhitespace {
        i = s.index(after: i)
        continue
      }
      if isWordChar(c) {
        var j = s.index(after: i)
        while j < s.endIndex {
          let d = s[j]
          if isWordChar(d) {
            j = s.index(after: j)
            continue
          }
          // Internal apostrophe: "N'Djamena", "d'Ivoire"; but "'s" ends the word.
          if isApostrophe(d) {
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
        out.append(makeToken(s, i..<j, isWord: true))
        i = j
        continue
      }
      if isApostrophe(c) {
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
      out.append(makeToken(s, i..<j, isWord: false))
      i = j
    }
    return out
  }

  static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }

  static func isApostrophe(_ c: Character) -> Bool {
    c == "'" || c == "\u{2019}" || c == "\u{2018}"
  }

  private static func makeToken(_ s: String, _ r: Range<String.Index>, isWord: Bool) -> Token {
    if isWord, let token = ASCIITokenizer.asciiWord(s, r) { return token }
    return characterToken(s, r, isWord: isWord)
  }

  /// The token of range `r`, its casing read character by character.
  static func characterToken(_ s: String, _ r: Range<String.Index>, isWord: Bool) -> Token {
    let text = s[r]
    var letters = 0
    var upper = 0
    var firstUpper = false
    var seenLetter = false
    for ch in text where ch.isLetter {
      letters += 1
      if ch.isUppercase { upper += 1 }
      if !seenLetter {
        firstUpper = ch.isUppercase
        seenLetter = true
      }
    }
    let norm = isWord ? Token.normalize(text) : (isApostrophe(text.first!) ? "'" : String(text))
    return Token(
      text: text, norm: norm, range: r, isWord: isWord, isCapitalized: firstUpper,
      isAllCaps: letters >= 2 && upper == letters)
  }
}
