import BriefingModels

/// One sentence of a text and where it stands in it (offsets in Unicode scalars, end exclusive,
/// the unit `Timex` offsets use).
struct SentenceSpan: Sendable, Hashable {
  var text: String
  var start: Int
  var end: Int
}

/// Abbreviation-aware sentence splitter.
///
/// A sentence ends at `.`, `!`, `?` or `…` (plus closing quotes or brackets) followed by space and
/// a capital, a digit or an opening quote, and at blank lines. A period does not end a sentence
/// after a title ("Mr.", "Gen."), a month before a number ("Jan. 5"), an initial ("J. Smith"), or
/// a dotted acronym unless a typical sentence opener follows ("in the U.S. The talks…").
enum SentenceSplitter {
  /// Why two implementations: with the ASCII fast paths (this, `ASCIITokenizer` and
  /// `PlainText.asciiInline`) turned off, `briefing extract` of 200 articles of `gen_corpus.py
  /// 1000` takes 3% more instructions (5.89 G against 5.71 G, callgrind, 2026-12-06, since the
  /// Unicode paths read most text scalar by scalar; a sixth before). `ASCIIFastPathTests` keeps
  /// them equal.
  static func split(_ text: String) -> [SentenceSpan] {
    ASCIISentenceSplitter.split(text) ?? unicodeSplit(text)
  }

  /// The sentences of any text, character by character (`ASCIISentenceSplitter` gives the same
  /// spans faster for plain ASCII).
  static func unicodeSplit(_ text: String) -> [SentenceSpan] {
    let t = CharacterText(text)
    let count = t.count

    var spans: [SentenceSpan] = []
    var start = 0
    func emit(_ end: Int) {
      var a = start
      var b = end
      while a < b, t.isSpace(a) { a += 1 }
      while b > a, t.isSpace(b - 1) { b -= 1 }
      if a < b {
        spans.append(
          SentenceSpan(text: t.slice(a, b), start: t.scalarOffsets[a], end: t.scalarOffsets[b]))
      }
      start = end
    }

    var i = 0
    while i < count {
      // Blank line: paragraph boundary.
      if t.isChar(i, "\n") {
        var j = i + 1
        while j < count, t.isAny(j, of: [" ", "\t", "\r"]) { j += 1 }
        if j < count, t.isChar(j, "\n") {
          emit(i)
          i = j
          continue
        }
      }
      if t.isAny(i, of: enders) {
        var j = i + 1
        while j < count, t.isAny(j, of: enders) { j += 1 }
        while j < count, t.isAny(j, of: closers) { j += 1 }
        guard j < count, t.isSpace(j) else {
          i = j
          continue
        }
        var k = j
        while k < count, t.isSpace(k) { k += 1 }
        guard k < count else { break }
        let opensSentence = t.isUpper(k) || t.isNumber(k) || t.isAny(k, of: openingMarks)
        let newlineBetween = (j..<k).contains { t.isChar($0, "\n") }
        if opensSentence || newlineBetween,
          !t.isChar(i, ".") || periodEndsSentence(t, at: i, nextWordAt: k) || newlineBetween
        {
          emit(j)
        }
        i = k
        continue
      }
      i += 1
    }
    emit(count)
    return spans
  }

  /// Marks that end a sentence, what may close it, and what may open the next one.
  static let enders: [Unicode.Scalar] = [".", "!", "?", "…"]
  static let closers: [Unicode.Scalar] = ["\"", "”", "’", "'", ")", "]", "»"]
  static let openingMarks: [Unicode.Scalar] = ["\"", "“", "‘", "'", "(", "«"]

  /// Titles and other abbreviations after which a period never ends a sentence.
  static let titles: WordSet = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm",
    "sen", "rep", "gov", "pres", "st", "mt", "ft", "rev", "hon", "amb", "vs", "v", "no", "nos",
    "gen", "brig", "cpl", "pvt", "supt", "insp", "det", "dept", "est", "approx", "fig", "al", "cf",
    "e.g", "i.e", "etc.,",
  ]
  static let months: WordSet = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]
  /// Words that typically open a sentence; after "U.S." they mean the period ended one.
  static let openingWords: WordSet = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "however", "in", "on", "at",
    "this", "that", "these", "those", "his", "her", "its", "their", "meanwhile", "earlier",
    "later", "after", "before", "when", "while", "according", "there", "some", "many", "as",
    "if", "for", "and", "officials", "yet", "still", "also",
  ]

  private static func periodEndsSentence(_ t: CharacterText, at dot: Int, nextWordAt k: Int)
    -> Bool
  {
    // The word before the period (letters and inner dots).
    var a = dot
    while a > 0, t.isLetter(a - 1) || t.isChar(a - 1, ".") { a -= 1 }
    let word = t.slice(a, dot).lowercased()
    if word.isEmpty { return true }
    var e = k
    while e < t.count, t.isLetter(e) { e += 1 }
    let nextWord = t.slice(k, e).lowercased()
    if titles.contains(word) { return false }
    if months.contains(word) { return !t.isNumber(k) }
    // An initial: one capital letter ("J. Smith"), unless it is a pronoun "I".
    if word.count == 1, t.isUpper(dot - 1), word != "i" { return false }
    // A dotted acronym: "U.S.", "U.N.", "a.m." — ends a sentence only before an opener.
    // `memchr` for an ASCII word; Foundation's search otherwise (4,000 instructions a word).
    if word.isPlainASCII ? word.utf8Contains(0x2E) : word.contains(".") {
      return openingWords.contains(nextWord)
    }
    return true
  }
}
