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
  /// faster for an all-ASCII text); the characters' classes are read once by `CharacterText`.
  static func unicodeTokens(of s: String) -> [Token] {
    let t = CharacterText(s)
    let n = t.count
    let start = s.utf8.startIndex
    func index(_ k: Int) -> String.Index { s.utf8.index(start, offsetBy: t.utf8Offsets[k]) }
    func isWordChar(_ k: Int) -> Bool { t.isLetter(k) || t.isNumber(k) }
    func isApostrophe(_ k: Int) -> Bool {
      t.isChar(k, "'") || t.isChar(k, "\u{2019}") || t.isChar(k, "\u{2018}")
    }
    func isS(_ k: Int) -> Bool { t.isChar(k, "s") || t.isChar(k, "S") }

    var out: [Token] = []
    out.reserveCapacity(n / 4)
    var i = 0
    while i < n {
      if t.isSpace(i) {
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
          // Internal apostrophe: "N'Djamena", "d'Ivoire"; but "'s" ends the word.
          if isApostrophe(j) {
            let k = j + 1
            guard k < n, t.isLetter(k) else { break }
            if isS(k) && (k + 1 == n || !t.isLetter(k + 1)) { break }
            j = k
            continue
          }
          // Decimal or thousands separator inside a number: "3.5", "1,200".
          if t.isChar(j, ".") || t.isChar(j, ","), t.isNumber(j - 1) {
            let k = j + 1
            if k < n, t.isNumber(k) {
              j = k
              continue
            }
          }
          break
        }
        // Dotted acronym: single letters each followed by a dot ("U.S.", "U.K.").
        if j - i == 1, t.isUpper(i), j < n, t.isChar(j, ".") {
          var k = j + 1
          var letters = 1
          while k < n, t.isLetter(k), t.isUpper(k) {
            let dot = k + 1
            guard dot < n, t.isChar(dot, ".") else { break }
            k = dot + 1
            letters += 1
          }
          if letters >= 2 { j = k }
        }
        out.append(makeToken(s, index(i)..<index(j), isWord: true))
        i = j
        continue
      }
      if isApostrophe(i) {
        let k = i + 1
        if k < n, isS(k) {
          let afterK = k + 1
          if afterK == n || !t.isLetter(afterK), let last = out.last, last.isWord,
            last.range.upperBound == index(i)
          {
            let r = index(i)..<index(afterK)
            out.append(
              Token(
                text: s[r], norm: "'s", range: r, isWord: false, isCapitalized: false,
                isAllCaps: false))
            i = afterK
            continue
          }
        }
      }
      out.append(makeToken(s, index(i)..<index(i + 1), isWord: false))
      i += 1
    }
    return out
  }

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
