/// The dateline that opens a wire report ("BRUSSELS —", "ADDIS ABABA, Nov 3 —",
/// "KYIV/MOSCOW, June 12 (Meridian) —") names where the story was filed, not a party to it.
enum Dateline {
  /// How many tokens of the article's first sentence the dateline takes: its capitalised place
  /// names, joined by "/" where the story was filed from two cities; 0 when there is none.
  static func length(_ tokens: [Token]) -> Int {
    var k = 0
    while k < tokens.count, tokens[k].isWord, tokens[k].isAllCaps {
      k += 1
      if k + 1 < tokens.count, tokens[k].norm == "/", tokens[k + 1].isAllCaps { k += 1 }
    }
    guard k > 0, k < tokens.count, [",", "—", "–"].contains(tokens[k].norm) else { return 0 }
    return k
  }
}
