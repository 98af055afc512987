/// Tags the sentences of one article, left to right and greedily: each token takes the best tag
/// allowed after the previous one. The article's memory (what a capitalised word was tagged,
/// `NameMemory`) carries from sentence to sentence, so a later "Jobs" leans to the type of
/// "Steve Jobs"; a two-pass model first reads the whole article without it (`read`).
struct NameDecoder {
  let model: NameModel
  /// What the article has tagged each capitalised word so far.
  private(set) var memory = NameMemory()
  private var buffer: [UInt32] = []
  /// The words the article writes in lower case (`NameFeatures.lowerWords`).
  let lowerWords: Set<UInt64>

  init(model: NameModel, lowerWords: Set<UInt64>) {
    self.model = model
    self.lowerWords = lowerWords
    buffer.reserveCapacity(32)
  }

  /// For a two-pass model, the first reading of the whole article, without memory: it fixes
  /// each word's majority kind for the reading `tags` then does. Nothing for other models.
  mutating func read(_ sentences: [(tokens: [Token], codes: [UInt8])]) {
    guard model.memory == .twoPass else { return }
    for s in sentences {
      let keys = NameFeatures.keys(s.tokens, gazetteer: s.codes, lowerWords: lowerWords)
      memory.remember(keys, decode(keys, useMemory: false))
    }
    memory.fixMajorities()
  }

  /// The tags of one sentence's tokens; `codes` are its `GazetteerCodes`.
  mutating func tags(_ tokens: [Token], codes: [UInt8]) -> [Int] {
    let keys = NameFeatures.keys(tokens, gazetteer: codes, lowerWords: lowerWords)
    let tags = decode(keys, useMemory: true)
    memory.remember(keys, tags)
    return tags
  }

  private mutating func decode(_ keys: [NameFeatures.TokenKeys], useMemory: Bool) -> [Int] {
    var tags = [Int](repeating: 0, count: keys.count)
    var p1 = 0
    var p2 = 0
    for i in keys.indices {
      let remembered = useMemory && keys[i].capitalized ? memory.kind(of: keys[i].word) : 0
      NameFeatures.features(keys, i, previous: p1, p2, memory: remembered, into: &buffer)
      var s: (Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0)
      for f in buffer { model.add(f, to: &s) }
      let best = withUnsafeBytes(of: s) { raw in
        var best = 0
        var top = raw.load(as: Int32.self)
        for t in 1..<NameTag.count where NameTag.allowed(t, after: p1) {
          let v = raw.load(fromByteOffset: t * 4, as: Int32.self)
          if v > top {
            best = t
            top = v
          }
        }
        return best
      }
      tags[i] = best
      p2 = p1
      p1 = best
    }
    return tags
  }
}
