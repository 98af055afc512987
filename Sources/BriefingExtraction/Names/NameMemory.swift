/// What an article first called each capitalised word, for the tagger's memory feature. The
/// first tag, not the last: one stray tag later on ("Virginia's Attorney General" read as a
/// person) would otherwise flip every later mention of the word, and the error feeds itself.
struct NameMemory {
  /// Word hash → the `NameKind` index + 1 it was first tagged with in the article.
  private var first: [UInt64: Int] = [:]

  /// The remembered kind of a word as the feature value: its `NameKind` index + 1, 0 if none.
  func kind(of word: UInt64) -> Int { first[word] ?? 0 }

  /// Records the tags of one sentence.
  mutating func remember(_ keys: [NameFeatures.TokenKeys], _ tags: [Int]) {
    for (i, t) in tags.enumerated() where keys[i].capitalized && first[keys[i].word] == nil {
      if let k = NameTag.kind(t), let index = NameKind.allCases.firstIndex(of: k) {
        first[keys[i].word] = index + 1
      }
    }
  }
}
