/// What an article called each capitalised word, for the tagger's memory feature, in one of the
/// two ways a model is trained with (`NameModel.Memory`): the kind the word was *first* tagged
/// as the article is read (one stray tag later on cannot flip the word, but a wrong first tag is
/// copied to every later mention), or, for a two-pass model, the *majority* kind of a first
/// reading of the whole article without memory (no single mention decides). An others-only
/// two-pass memory (session 19) leaves each mention's own first tag out of its majority, so a
/// word named once is remembered as nothing rather than as an echo of its own guess.
struct NameMemory {
  /// Session 19 (`NameModel.othersOnly`): `kind(of:own:)` leaves out the mention's own tag.
  let othersOnly: Bool
  /// Session 19 (`NameModel.wholeNames`): `fixMajorities` takes a word's kind from its one-word
  /// names if it has any, so "Irving" of "Irving Independent School District" does not make
  /// "Irving, Texas" an organisation by a tie.
  let wholeNames: Bool
  /// Session 19 (`NameModel.memoryEvidence`): the remembered kinds are given as 4–6, for which
  /// the tagger also reads them beside the lexicon's and the gazetteer's code of the word.
  let evidence: Bool
  init(othersOnly: Bool = false, wholeNames: Bool = false, evidence: Bool = false) {
    self.othersOnly = othersOnly
    self.wholeNames = wholeNames
    self.evidence = evidence
  }

  /// Word hash → the `NameKind` index + 1 it was first tagged with in the article.
  private var first: [UInt64: Int] = [:]
  /// Word hash → how often a first reading tagged it as each kind (index 0: outside).
  private var counts: [UInt64: [Int]] = [:]
  /// Word hash → how often a first reading tagged it as each kind as a one-word name.
  private var wholeCounts: [UInt64: [Int]] = [:]
  /// Two-pass: the majority kinds are fixed, and the second reading adds nothing.
  private(set) var isFixed = false

  /// The remembered kind of a word as the feature value: its `NameKind` index + 1, 0 if none.
  func kind(of word: UInt64) -> Int {
    guard let k = first[word] else { return 0 }
    return evidence ? 3 + k : k
  }

  /// The remembered kind of one mention of a word: for an others-only memory, the majority of
  /// the word's first-reading tags without `own`, this mention's (`code(_:)`; nil if the
  /// mention was not in the first reading); for other memories, `kind(of:)`.
  func kind(of word: UInt64, own: Int?) -> Int {
    guard othersOnly, isFixed, let own, var c = counts[word] else { return kind(of: word) }
    c[own] -= 1
    return Self.majority(c)
  }

  /// A tag as the memory counts it: its `NameKind` index + 1, 0 outside.
  static func code(_ tag: Int) -> Int {
    NameTag.kind(tag).flatMap { NameKind.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
  }

  /// Records the tags of one sentence (nothing once the kinds are fixed).
  mutating func remember(_ keys: [NameFeatures.TokenKeys], _ tags: [Int]) {
    guard !isFixed else { return }
    for (i, t) in tags.enumerated() where keys[i].capitalized {
      let k = Self.code(t)
      if k > 0, first[keys[i].word] == nil { first[keys[i].word] = k }
      counts[keys[i].word, default: [0, 0, 0, 0]][k] += 1
      if wholeNames, k > 0, !NameTag.isInside(t),
        i + 1 == tags.count || !NameTag.isInside(tags[i + 1])
      {
        wholeCounts[keys[i].word, default: [0, 0, 0, 0]][k] += 1
      }
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
      var best = Self.majority(c)
      if agreeing && best > 0 && (c[best] < 2 || 2 * c[best] <= c.reduce(0, +)) { best = 0 }
      if wholeNames, let whole = wholeCounts[word] { best = Self.majority(whole) }
      if best > 0 { first[word] = best }
    }
    isFixed = true
  }

  /// The kind (1–3) tagged most often in `c`, a tie to person, then organisation; 0 if none.
  private static func majority(_ c: [Int]) -> Int {
    var best = 0
    for k in 1...3 where c[k] > 0 && (best == 0 || c[k] > c[best]) { best = k }
    return best
  }
}
