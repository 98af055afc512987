/// The features of each token for the name tagger, as 32-bit hashes: nothing is allocated per
/// feature, and the model is a hash table from these keys to weights.
///
/// Per token: its lower-cased word, shape ("Xx", "X.X.", "dd"), 3-letter prefix and 2- and
/// 3-letter suffixes, the words and shapes around it (±2), its place in the sentence, the
/// gazetteer's kind for it, the world lexicon's kind at it and its neighbours, the previous two
/// tags and what the article already called this word.
struct NameFeatures {
  /// The per-token hashes every template combines.
  struct TokenKeys {
    var word: UInt64
    var shape: UInt64
    var prefix: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    /// The gazetteer's kind at the token (see `GazetteerCodes`), 0 if none.
    var gazetteer: UInt64
    var capitalized: Bool
    /// 1 if the word is capitalised here but written in lower case elsewhere in the article
    /// ("Space" and "space"): a capital that is only the sentence's or a heading's.
    var lowerElsewhere: UInt64
    /// The head class of the capitalised run the token stands in (`NameHeads.runHeads`):
    /// 0 none, 1 a place head ("… Center"), 2 an organisation head ("… University").
    var runHead: UInt64
    /// The world lexicon's code at the token (`NameLexicon.codes`: kinds and place in the
    /// name), 0 if none.
    var lexicon: UInt64
    /// Session 17 (`NameModel.articleFrames`): for a capitalised token, 1 if the article frames
    /// the word as an organisation somewhere, 2 if it uses it as a product or work and never
    /// so, 3 if both (`NameFrames`); 0 otherwise.
    var frame: UInt64 = 0
    /// Session 18 (`NameModel.organizationRuns`): the token's place in an organisation run
    /// (`NameOrganizationRuns.codes`), 0 otherwise.
    var organizationRun: UInt64 = 0
  }

  static let boundary: UInt64 = 0x5EED_B0B0

  /// The hashes of the words an article writes in lower case (for `lowerElsewhere`).
  static func lowerWords<C: Collection>(_ sentences: C) -> Set<UInt64> where C.Element == [Token] {
    var out = Set<UInt64>()
    // By index: a `for t in tokens` loop copied every token (its strings retained, released).
    for tokens in sentences {
      for i in tokens.indices where tokens[i].isWord && !tokens[i].isCapitalized {
        out.insert(hash(tokens[i].norm.utf8))
      }
    }
    return out
  }

  /// The hashes of each token of a sentence.
  static func keys(
    _ tokens: [Token], gazetteer codes: [UInt8], lowerWords: Set<UInt64>,
    frames: NameFrames.Article? = nil, organizationRuns: NameOrganizationRuns.Article? = nil
  ) -> [TokenKeys] {
    var out: [TokenKeys] = []
    out.reserveCapacity(tokens.count)
    let heads = NameHeads.runHeads(tokens)
    // By index, as in `lowerWords`: no copy of each token.
    let parts = tokens.indices.map { wordHashes(tokens[$0].norm) }
    let lexicon = NameLexicon.builtIn.codes(tokens, words: parts.map(\.word))
    let runs = organizationRuns.map {
      NameOrganizationRuns.codes(tokens, words: parts.map(\.word), article: $0)
    }
    for i in tokens.indices {
      let p = parts[i]
      let capitalized = tokens[i].isCapitalized
      out.append(
        TokenKeys(
          word: p.word, shape: shape(tokens[i].text), prefix: p.prefix,
          suffix2: p.suffix2, suffix3: p.suffix3,
          gazetteer: UInt64(codes[i] & ~GazetteerCodes.head), capitalized: capitalized,
          lowerElsewhere: capitalized && lowerWords.contains(p.word) ? 1 : 0,
          runHead: UInt64(heads[i]), lexicon: UInt64(lexicon[i]),
          frame: capitalized ? frames?.code(p.word) ?? 0 : 0,
          organizationRun: UInt64(runs?[i] ?? 0)))
    }
    return out
  }

  /// The hashes of a word's UTF-8 bytes, of its first three bytes and of its last two and
  /// three, read from its bytes in place: the same values as `hash` of `utf8`, `prefix(3)`,
  /// `suffix(2)` and `suffix(3)`, without walking the string's views four times.
  @inline(__always)
  static func wordHashes(_ s: String) -> (
    word: UInt64, prefix: UInt64, suffix2: UInt64, suffix3: UInt64
  ) {
    if let parts = s.utf8.withContiguousStorageIfAvailable({ b in
      let n = b.count
      return (
        word: hash(b), prefix: hash(b[0..<min(3, n)]), suffix2: hash(b[max(0, n - 2)..<n]),
        suffix3: hash(b[max(0, n - 3)..<n])
      )
    }) {
      return parts
    }
    let u = s.utf8
    return (hash(u), hash(u.prefix(3)), hash(u.suffix(2)), hash(u.suffix(3)))
  }

  /// FNV-1a over a string's bytes, read in place (the same value as over its `utf8` view,
  /// which is walked byte by byte through its index otherwise).
  @inline(__always)
  static func hash(_ utf8: String.UTF8View) -> UInt64 {
    if let h = utf8.withContiguousStorageIfAvailable({ hash($0) }) { return h }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// FNV-1a over bytes.
  @inline(__always)
  static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// The word's shape: upper → X, lower → x, digit → d, other kept; runs longer than two of one
  /// class collapse ("Xxxxx" → "Xxx" is "Xx" after collapsing to two).
  static func shape(_ s: Substring) -> UInt64 {
    if let ascii = s.utf8.withContiguousStorageIfAvailable(asciiShape), let ascii {
      return ascii
    }
    var h = ShapeHash()
    for u in s.unicodeScalars {
      // ASCII first: the same classes as the Unicode properties give, without their table
      // lookups (2 G of a cold 1k build's 65 G instructions went to them here).
      if u.value < 128 {
        h.add(ShapeHash.asciiClass(UInt8(u.value)))
      } else if u.properties.isUppercase {
        h.add(88)
      } else if u.properties.isLowercase {
        h.add(120)
      } else {
        h.add(u.value)
      }
    }
    return h.value
  }

  /// `shape` of an ASCII word read from its bytes (each byte is its scalar's value); nil if a
  /// byte is not ASCII, for the scalar path to read.
  static func asciiShape(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    var h = ShapeHash()
    for b in bytes {
      if b >= 128 { return nil }
      h.add(ShapeHash.asciiClass(b))
    }
    return h.value
  }

  /// The hash `shape` folds its classes into: FNV-1a over the classes, a run of one class
  /// counted at most twice.
  struct ShapeHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private var last: UInt32 = 0
    private var run = 0

    /// The class of an ASCII character: "X" (88), "x" (120), "d" (100) or itself.
    @inline(__always) static func asciiClass(_ b: UInt8) -> UInt32 {
      switch b {
      case 65...90: 88
      case 97...122: 120
      case 48...57: 100
      default: UInt32(b)
      }
    }

    @inline(__always) mutating func add(_ c: UInt32) {
      if c == last {
        run += 1
        if run >= 2 { return }
      } else {
        run = 0
      }
      last = c
      value = (value ^ UInt64(c)) &* 0x100_0000_01b3
    }
  }

  /// Combines a template number with values into one key (splitmix64 finaliser).
  @inline(__always)
  static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt32 {
    var x = template &* 0x9E37_79B9_7F4A_7C15 ^ a
    x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
    x ^= b &* 0xD6E8_FEB8_6659_FD93
    x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
    x ^= x >> 31
    return UInt32(truncatingIfNeeded: x >> 16) | 1
  }

  /// The keys of every feature of token `i`, given the two previous tags and the article's
  /// memory of the word (0 if none), into `out` (cleared first).
  static func features(
    _ keys: [TokenKeys], _ i: Int, previous p1: Int, _ p2: Int, memory: Int,
    into out: inout [UInt32]
  ) {
    out.removeAll(keepingCapacity: true)
    tokenFeatures(keys, i, memory: memory) { out.append($0) }
    tagFeatures(keys, i, previous: p1, p2) { out.append($0) }
  }

  /// The most keys `tokenFeatures` and `tagFeatures` give for one token (32 and 6), with room
  /// to spare: Viterbi decoding scores them from a buffer of this size on the stack.
  static let maxFeatures = 64

  /// The features that depend on the previous tags (each given to `put`): Viterbi decoding
  /// scores them once for each previous tag, the others once per token.
  @inline(__always)
  static func tagFeatures(
    _ keys: [TokenKeys], _ i: Int, previous p1: Int, _ p2: Int, _ put: (UInt32) -> Void
  ) {
    let t = keys[i]
    let tag1 = UInt64(p1)
    let tag2 = UInt64(p2)
    put(mix(15, tag1))
    put(mix(16, tag1, tag2))
    put(mix(17, tag1, t.word))
    put(mix(18, tag1, t.shape))
    put(mix(27, tag1, t.gazetteer))
    put(mix(38, tag1, t.lexicon))
  }

  /// The features of token `i` that do not depend on the tags before it (each given to `put`).
  @inline(__always)
  static func tokenFeatures(
    _ keys: [TokenKeys], _ i: Int, memory: Int, _ put: (UInt32) -> Void
  ) {
    let t = keys[i]
    let n = keys.count
    let wm1 = i > 0 ? keys[i - 1].word : boundary
    let wm2 = i > 1 ? keys[i - 2].word : boundary
    let wp1 = i + 1 < n ? keys[i + 1].word : boundary
    let wp2 = i + 2 < n ? keys[i + 2].word : boundary
    let sm1 = i > 0 ? keys[i - 1].shape : boundary
    let sp1 = i + 1 < n ? keys[i + 1].shape : boundary
    let gm1 = i > 0 ? keys[i - 1].gazetteer : 99
    let gp1 = i + 1 < n ? keys[i + 1].gazetteer : 99
    let position: UInt64 = i == 0 ? 0 : (i == 1 ? 1 : (i == n - 1 ? 3 : 2))
    put(mix(1, 0))
    put(mix(2, t.word))
    put(mix(3, wm1))
    put(mix(4, wp1))
    put(mix(5, wm2))
    put(mix(6, wp2))
    put(mix(7, t.shape))
    put(mix(8, sm1))
    put(mix(9, sp1))
    put(mix(10, t.prefix))
    put(mix(11, t.suffix3))
    put(mix(12, t.suffix2))
    put(mix(13, wm1, t.word))
    put(mix(14, t.word, wp1))
    put(mix(19, t.gazetteer))
    put(mix(20, gm1))
    put(mix(21, gp1))
    put(mix(22, position, t.shape))
    put(mix(23, UInt64(memory)))
    put(mix(24, UInt64(memory), t.shape))
    // A memory read beside the lexicon and the gazetteer (session 19, values 4–6 only): how far
    // to trust a kind remembered for a word they know as another kind, or do not know.
    if memory > 3 {
      put(mix(45, UInt64(memory), t.lexicon))
      put(mix(46, UInt64(memory), t.gazetteer))
    }
    put(mix(25, mix64(sm1, t.shape), sp1))
    put(mix(26, t.gazetteer, t.shape))
    put(mix(28, wm1, t.shape))
    put(mix(29, t.shape, wp1))
    put(mix(30, t.lowerElsewhere, position))
    put(mix(31, t.lowerElsewhere, t.word))
    put(mix(32, t.runHead))
    put(mix(33, t.runHead, t.shape))
    // The world lexicon (session 12): at the token, its neighbours, with its shape (and, in
    // `tagFeatures`, with the previous tag).
    let lm1 = i > 0 ? keys[i - 1].lexicon : 99
    let lp1 = i + 1 < n ? keys[i + 1].lexicon : 99
    put(mix(34, t.lexicon))
    put(mix(35, lm1))
    put(mix(36, lp1))
    put(mix(37, t.lexicon, t.shape))
    // Article frames (session 17): only for a model trained with them, so others' keys stay.
    if t.frame != 0 {
      put(mix(39, t.frame))
      put(mix(40, t.frame, t.shape))
    }
    // Organisation runs (session 18): likewise only for a model trained with them.
    if t.organizationRun != 0 {
      put(mix(41, t.organizationRun))
      put(mix(42, t.organizationRun, t.shape))
      put(mix(43, t.organizationRun, t.lexicon))
      put(mix(44, t.organizationRun, t.gazetteer))
    }
  }

  @inline(__always)
  static func mix64(_ a: UInt64, _ b: UInt64) -> UInt64 {
    (a &* 0x9E37_79B9_7F4A_7C15) ^ b
  }
}
