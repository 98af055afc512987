/// Trains the name model: an averaged structured perceptron over `NameFeatures`, decoding each
/// sentence by Viterbi as `NameDecoder` does (so it learns from its own decoded sequences and with
/// the article memory as it will be when tagging), documents visited in an order shuffled by a fixed seed. The same
/// documents, epochs, seed and memory give the same bytes.
public struct NameTrainer: Sendable {
  /// One annotated document: its text and its (flat) names at UTF-8 byte offsets. Sentences
  /// that start inside an `unsure` range are read (for the article memory) but not learned from.
  public struct Document: Sendable {
    public var text: String
    public var names: [NameSpan]
    public var unsure: [Range<Int>]
    /// How much each of its corrections counts (1: as much as a GUM document's), so that text
    /// of another domain can teach without outweighing GUM.
    public var weight: Double
    /// Whether the article memory's features fire while it is learned from: off, the
    /// document teaches nothing about how far to trust the memory.
    public var remembers: Bool
    public init(
      text: String, names: [NameSpan], unsure: [Range<Int>] = [], weight: Double = 1,
      remembers: Bool = true
    ) {
      self.text = text
      self.names = names
      self.unsure = unsure
      self.weight = weight
      self.remembers = remembers
    }
  }

  let gazetteer: Gazetteer
  public var epochs: Int
  public var seed: UInt64
  /// Features whose largest quantised weight is below this are dropped from the file.
  public var pruneBelow: Int
  /// How the article memory is kept; a two-pass model learns from both readings, so that its
  /// first reading, without memory, is as good as it can be.
  public var memory: NameModel.Memory
  /// Two-pass only: remember a word's majority kind only when the article agrees with it
  /// (`NameModel.agreeing`).
  public var agreeing: Bool
  /// Two-pass only, session 19: each mention's remembered kind leaves its own first-reading tag
  /// out (`NameModel.othersOnly`).
  public var othersOnly = false
  /// Two-pass only, session 19: a word's kind is its one-word names' majority when it has any
  /// (`NameModel.wholeNames`).
  public var wholeNames = false
  /// Two-pass only, session 19: the memory read beside the lexicon and the gazetteer
  /// (`NameModel.memoryEvidence`).
  public var memoryEvidence = false
  /// Session 17: the tagger reads the article's organisation and product frames
  /// (`NameModel.articleFrames`).
  public var articleFrames = false
  /// Session 18: the tagger reads organisation runs (`NameModel.organizationRuns`).
  public var organizationRuns = false

  public init(
    gazetteer: Gazetteer, epochs: Int = 8, seed: UInt64 = 15, pruneBelow: Int = 50,
    memory: NameModel.Memory = .firstTag, agreeing: Bool = false
  ) {
    self.agreeing = agreeing
    self.gazetteer = gazetteer
    self.epochs = epochs
    self.seed = seed
    self.pruneBelow = pruneBelow
    self.memory = memory
  }

  /// Called after each epoch with its count of wrong tags.
  public func train(_ documents: [Document], progress: ((String) -> Void)? = nil) -> NameModel {
    let data = documents.map { doc in
      let sentences = NameSentence.sentences(of: doc.text, gazetteer: gazetteer)
      let lower = NameFeatures.lowerWords(sentences.lazy.map(\.tokens))
      let frames = articleFrames ? NameFrames.Article(sentences.map(\.tokens)) : nil
      let runs = organizationRuns ? NameOrganizationRuns.Article(sentences.map(\.tokens)) : nil
      return sentences.map { s in
        (
          keys: NameFeatures.keys(
            s.tokens, gazetteer: s.codes, lowerWords: lower, frames: frames,
            organizationRuns: runs),
          gold: s.tags(from: doc.names),
          learn: doc.unsure.contains { $0.contains(s.starts.first ?? 0) } ? 0 : doc.weight
        )
      }
    }
    var p = Perceptron()
    var order = Array(data.indices)
    var rng = seed
    var buffer: [UInt32] = []
    var mistakes = 0
    var entityTokens = 0
    for _ in 0..<epochs {
      // Fisher–Yates with a 64-bit LCG: the same order on every machine.
      for i in stride(from: order.count - 1, to: 0, by: -1) {
        rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        order.swapAt(i, Int((rng >> 33) % UInt64(i + 1)))
      }
      mistakes = 0
      entityTokens = 0
      defer { progress?("mistakes \(mistakes) of \(entityTokens) name tokens") }
      for d in order {
        var memory = NameMemory(
          othersOnly: othersOnly && self.memory == .twoPass,
          wholeNames: wholeNames && self.memory == .twoPass,
          evidence: memoryEvidence && self.memory == .twoPass)
        var firstTags: [[Int]] = []
        if self.memory == .twoPass {
          for sentence in data[d] {
            let tags = tag(
              sentence, memory: memory, useMemory: false, p: &p, buffer: &buffer,
              mistakes: &mistakes, entityTokens: &entityTokens)
            memory.remember(sentence.keys, tags)
            if memory.othersOnly { firstTags.append(tags) }
          }
          memory.fixMajorities(agreeing: agreeing && !othersOnly && !wholeNames)
        }
        for (n, sentence) in data[d].enumerated() {
          let tags = tag(
            sentence, memory: memory, own: n < firstTags.count ? firstTags[n] : nil,
            useMemory: documents[d].remembers, p: &p, buffer: &buffer,
            mistakes: &mistakes, entityTokens: &entityTokens)
          memory.remember(sentence.keys, tags)
        }
      }
    }
    var model = p.model(pruneBelow: pruneBelow)
    model.memory = memory
    model.agreeing = memory == .twoPass && agreeing && !othersOnly && !wholeNames
    model.othersOnly = memory == .twoPass && othersOnly
    model.wholeNames = memory == .twoPass && wholeNames && !othersOnly
    model.memoryEvidence = memory == .twoPass && memoryEvidence && !othersOnly && !wholeNames
    model.articleFrames = articleFrames
    model.organizationRuns = organizationRuns
    return model
  }

  /// Tags one sentence with the current weights (`NameViterbi`, as tagging does) and, unless it
  /// is unsure, learns from it as a structured perceptron: where the decoded sequence differs
  /// from the gold one, the gold tags' features gain and the decoded tags' features lose, by the
  /// document's weight. `own`: the sentence's first-reading tags, for an others-only memory.
  private func tag(
    _ sentence: (keys: [NameFeatures.TokenKeys], gold: [Int], learn: Double), memory: NameMemory,
    own: [Int]? = nil, useMemory: Bool, p: inout Perceptron, buffer: inout [UInt32],
    mistakes: inout Int,
    entityTokens: inout Int
  ) -> [Int] {
    let keys = sentence.keys
    let remembered = keys.indices.map { i in
      useMemory && keys[i].capitalized
        ? memory.kind(of: keys[i].word, own: own.map { NameMemory.code($0[i]) }) : 0
    }
    let tags = NameViterbi.decode(keys, memory: remembered, scorer: p)
    let gold = sentence.gold
    for i in keys.indices {
      if tags[i] != gold[i] { mistakes += 1 }
      if gold[i] != 0 { entityTokens += 1 }
    }
    guard sentence.learn > 0 else { return tags }
    func previous(_ t: [Int], _ i: Int, _ back: Int) -> Int { i >= back ? t[i - back] : 0 }
    for i in keys.indices {
      p.tick()
      let g = (gold[i], previous(gold, i, 1), previous(gold, i, 2))
      let d = (tags[i], previous(tags, i, 1), previous(tags, i, 2))
      guard g != d, !NameViterbi.isPlainlyOutside(keys, i) else { continue }
      NameFeatures.features(keys, i, previous: g.1, g.2, memory: remembered[i], into: &buffer)
      p.add(buffer, tag: g.0, by: sentence.learn)
      NameFeatures.features(keys, i, previous: d.1, d.2, memory: remembered[i], into: &buffer)
      p.add(buffer, tag: d.0, by: -sentence.learn)
    }
    return tags
  }
}

/// The averaged perceptron's state: current weights, their running totals and when each was
/// last changed (the lazy-averaging trick).
private struct Perceptron: NameScoring {
  var index: [UInt32: Int] = [:]
  var keys: [UInt32] = []
  var weights: [Double] = []
  var totals: [Double] = []
  var stamps: [Int] = []
  var clock = 0

  func scores(_ features: UnsafeBufferPointer<UInt32>) -> SIMD8<Double> {
    var out = SIMD8<Double>()
    for f in features {
      guard let r = index[f] else { continue }
      for t in 0..<NameTag.count { out[t] += weights[r + t] }
    }
    return out
  }

  /// One token seen: the clock the averages are kept by.
  mutating func tick() { clock += 1 }

  /// Adds `delta` to the weight of each feature for `tag`.
  mutating func add(_ features: [UInt32], tag: Int, by delta: Double) {
    for f in features {
      let r: Int
      if let known = index[f] {
        r = known
      } else {
        r = weights.count
        index[f] = r
        keys.append(f)
        weights += [Double](repeating: 0, count: NameTag.count)
        totals += [Double](repeating: 0, count: NameTag.count)
        stamps += [Int](repeating: 0, count: NameTag.count)
      }
      bump(r + tag, by: delta)
    }
  }

  private mutating func bump(_ i: Int, by delta: Double) {
    totals[i] += Double(clock - stamps[i]) * weights[i]
    stamps[i] = clock
    weights[i] += delta
  }

  /// The averaged weights, quantised to Int16 (the largest to ±32767) and pruned.
  func model(pruneBelow: Int) -> NameModel {
    var averaged = [Double](repeating: 0, count: weights.count)
    for i in weights.indices {
      averaged[i] = (totals[i] + Double(clock - stamps[i]) * weights[i]) / Double(max(clock, 1))
    }
    let top = averaged.map(abs).max() ?? 0
    let scale = top > 0 ? Double(Int16.max) / top : 1
    var outKeys: [UInt32] = []
    var outWeights: [Int16] = []
    // Sorted keys: the file does not depend on the order features were first seen in.
    for (key, r) in index.sorted(by: { $0.key < $1.key }) {
      let q = (0..<NameTag.count).map { Int((averaged[r + $0] * scale).rounded()) }
      guard q.contains(where: { abs($0) >= pruneBelow }) else { continue }
      outKeys.append(key)
      outWeights += q.map { Int16(clamping: $0) }
    }
    return NameModel(keys: outKeys, weights: outWeights)
  }
}
