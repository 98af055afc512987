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
  /// Why two implementations: with both ASCII fast paths (this and `ASCIITokenizer`) turned
  /// off, `briefing extract` of the 1,000 articles of `gen_corpus.py 1000` took 4.86 s of CPU
  /// instead of 4.02 s (hyperfine, 5 runs each, release build; Benchmarks/LOG.md, 2026-12-05):
  /// the pair saves a sixth of extraction. `ASCIIFastPathTests` keeps them equal.
  static func split(_ text: String) -> [SentenceSpan] {
    ASCIISentenceSplitter.split(text) ?? unicodeSplit(text)
  }

  /// The sentences of any text, character by character (`ASCIISentenceSplitter` gives the same
  /// spans faster for plain ASCII).
  static func unicodeSplit(_ text: String) -> [SentenceSpan] {
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

  /// Titles and other abbreviations after which a period never ends a sentence.
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm",
    "sen", "rep", "gov", "pres", "st", "mt", "ft", "rev", "hon", "amb", "vs", "v", "no", "nos",
    "gen", "brig", "cpl", "pvt", "supt", "insp", "det", "dept", "est", "approx", "fig", "al", "cf",
    "e.g", "i.e", "etc.,",
  ]
  static let months: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]
  /// Words that typically open a sentence; after "U.S." they mean the period ended one.
  static let openers: Set<String> = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "however", "in", "on", "at",
    "this", "that", "these", "those", "his", "her", "its", "their", "meanwhile", "earlier",
    "later", "after", "before", "when", "while", "according", "there", "some", "many", "as",
    "if", "for", "and", "officials", "yet", "still", "also",
  ]

  private static func periodEndsSentence(_ chars: [Character], at dot: Int, nextWordAt k: Int)
    -> Bool
  {
    // The word before the period (letters and inner dots).
    var a = dot
    while a > 0, chars[a - 1].isLetter || chars[a - 1] == "." { a -= 1 }
    let word = String(chars[a..<dot]).lowercased()
    if word.isEmpty { return true }
    var e = k
    while e < chars.count, chars[e].isLetter { e += 1 }
    let nextWord = String(chars[k..<e]).lowercased()
    if titles.contains(word) { return false }
    if months.contains(word) { return !chars[k].isNumber }
    // An initial: one capital letter ("J. Smith"), unless it is a pronoun "I".
    if word.count == 1, chars[dot - 1].isUppercase, word != "i" { return false }
    // A dotted acronym: "U.S.", "U.N.", "a.m." — ends a sentence only before an opener.
    if word.contains(".") { return openers.contains(nextWord) }
    return true
  }
}
