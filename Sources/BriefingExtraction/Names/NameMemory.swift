/// What an article called each capitalised word, for the tagger's memory feature, in one of the
/// two ways a model is trained with (`NameModel.Memory`): the kind the word was *first* tagged
/// as the article is read (one stray tag later on cannot flip the word, but a wrong first tag is
/// copied to every later mention), or, for a two-pass model, the *majority* kind of a first
/// reading of the whole article without memory (no single mention decides).
struct NameMemory {
  /// Word hash → the `NameKind` index + 1 it was first tagged with in the article.
  private var first: [UInt64: Int] = [:]
  /// Word hash → how often a first reading tagged it as each kind (index 0: outside).
  private var counts: [UInt64: [Int]] = [:]
  /// Two-pass: the majority kinds are fixed, and the second reading adds nothing.
  private(set) var isFixed = false

  /// The remembered kind of a word as the feature value: its `NameKind` index + 1, 0 if none.
  func kind(of word: UInt64) -> Int { first[word] ?? 0 }

  /// Records the tags of one sentence (nothing once the kinds are fixed).
  mutating func remember(_ keys: [NameFeatures.TokenKeys], _ tags: [Int]) {
    guard !isFixed else { return }
    for (i, t) in tags.enumerated() where keys[i].capitalized {
      let k = NameTag.kind(t).flatMap { NameKind.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
      if k > 0, first[keys[i].word] == nil { first[keys[i].word] = k }
      counts[keys[i].word, default: [0, 0, 0, 0]][k] += 1
    }
  }

  /// Two-pass: after the first reading, each word keeps the kind it was tagged most often (a tie
  /// goes to person, then organisation), and the memory no longer changes. `agreeing`: only if
  /// that kind is the tag of more than half of the word's capitalised mentions (untagged ones
  /// count against it) and of two at least, so a word the article mostly leaves alone, or names
  /// once, is remembered as nothing.
  mutating func fixMajorities(agreeing: Bool = false) {
    first = [:]
    for (word, c) in counts {
      var best = 0
      for k in 1...3 where c[k] > 0 && (best == 0 || c[k] > c[best]) { best = k }
      if agreeing && best > 0 && (c[best] < 2 || 2 * c[best] <= c.reduce(0, +)) { best = 0 }
      if best > 0 { first[word] = best }
    }
    isFixed = true
  }
}
