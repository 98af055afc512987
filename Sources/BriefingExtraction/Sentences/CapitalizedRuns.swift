/// The runs of capitalised words in a sentence, a joiner word allowed between two of them
/// ("Bank of England", "Comunidad de Madrid"): the unit the name tagger's run features read.
enum CapitalizedRuns {
  /// Each maximal run, in order, single words included; `isJoiner` says which lower-case words
  /// may join two capitalised ones.
  static func ranges(_ tokens: [Token], isJoiner: (String) -> Bool) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = 0
    while i < tokens.count {
      guard tokens[i].isWord, tokens[i].isCapitalized else {
        i += 1
        continue
      }
      var end = i + 1
      while end < tokens.count {
        if tokens[end].isWord, tokens[end].isCapitalized {
          end += 1
        } else if isJoiner(tokens[end].norm), end + 1 < tokens.count,
          tokens[end + 1].isWord, tokens[end + 1].isCapitalized
        {
          end += 2
        } else {
          break
        }
      }
      out.append(i..<end)
      i = end
    }
    return out
  }
}
