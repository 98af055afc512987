import Foundation

/// One word or punctuation mark of a sentence, with its place in the sentence.
///
/// `norm` is the lower-cased, accent-folded form that gazetteer phrases are compared on;
/// the casing flags let a phrase demand a capital ("Russia", not "russia") or an exact acronym.
struct Token: Sendable, Hashable {
  /// The words as written.
  var text: Substring
  /// Lower-cased, accents folded, curly apostrophes straightened.
  var norm: String
  /// Where the token stands in the sentence string.
  var range: Range<String.Index>
  /// A word (letters or digits), as opposed to punctuation.
  var isWord: Bool
  /// First letter upper case ("Russia", "U.S.", "WHO").
  var isCapitalized: Bool
  /// Every letter upper case, at least two letters ("WHO", "NATO", "U.S.").
  var isAllCaps: Bool
}

extension Token {
  /// Folds a word the way tokens and phrases are compared: lower case, no accents.
  static func normalize<S: StringProtocol>(_ s: S) -> String {
    var ascii = true
    for u in s.unicodeScalars where !u.isASCII {
      ascii = false
      break
    }
    if ascii { return s.lowercased() }
    let straightened = String(s).replacingApostrophes()
    return straightened.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }
}

extension String {
  /// "’" and "‘" become "'", so "Russia’s" and "Russia's" compare equal.
  func replacingApostrophes() -> String {
    String(
      String.UnicodeScalarView(
        unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
  }
}
