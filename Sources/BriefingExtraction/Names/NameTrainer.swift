/// Trains the name model: an averaged perceptron over `NameFeatures`, decoding greedily as
/// `NameDecoder` does (so it learns from its own previous tags and with the article memory as it
/// will be when tagging), documents visited in an order shuffled by a fixed seed. The same
/// documents, epochs, seed and memory give the same bytes.
public struct NameTrainer: Sendable {
  /// One annotated document: its text and its (flat) names at UTF-8 byte offsets. Sentences
  /// that start inside an `unsure` range are read (for the article memory) but not learned from.
  public struct Document: Sendable {
    public var text: String
    public var names: [NameSpan]
    public var unsure: [Range<Int>]
    public init(text: String, names: [NameSpan], unsure: [Range<Int>] = []) {
      self.text = text
      self.names = names
      self.unsure = unsure
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

  public init(
    gazetteer: Gazetteer, epochs: Int = 15, seed: UInt64 = 15, pruneBelow: Int = 50,
    memory: NameModel.Memory = .firstTag
  ) {
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
      return sentences.map { s in
        (
          keys: NameFeatures.keys(s.tokens, gazetteer: s.codes, lowerWords: lower),
          gold: s.tags(from: doc.names),
          learn: !doc.unsure.contains { $0.contains(s.starts.first ?? 0) }
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
        var memory = NameMemory()
        if self.memory == .twoPass {
          for sentence in data[d] {
            let tags = tag(
              sentence, memory: memory, useMemory: false, p: &p, buffer: &buffer,
              mistakes: &mistakes, entityTokens: &entityTokens)
            memory.remember(sentence.keys, tags)
          }
          memory.fixMajorities()
        }
        for sentence in data[d] {
          let tags = tag(
            sentence, memory: memory, useMemory: true, p: &p, buffer: &buffer,
            mistakes: &mistakes, entityTokens: &entityTokens)
          memory.remember(sentence.keys, tags)
        }
      }
    }
    var model = p.model(pruneBelow: pruneBelow)
    model.memory = memory
    return model
  }

  /// Tags one sentence with the current weights, learning from it unless it is unsure.
  private func tag(
    _ sentence: (keys: [NameFeatures.TokenKeys], gold: [Int], learn: Bool), memory: NameMemory,
    useMemory: Bool, p: inout Perceptron, buffer: inout [UInt32], mistakes: inout Int,
    entityTokens: inout Int
  ) -> [Int] {
    var p1 = 0
    var p2 = 0
    var tags: [Int] = []
    for i in sentence.keys.indices {
      let k = sentence.keys[i]
      let remembered = useMemory && k.capitalized ? memory.kind(of: k.word) : 0
      NameFeatures.features(sentence.keys, i, previous: p1, p2, memory: remembered, into: &buffer)
      let guess = p.predict(buffer, after: p1)
      if sentence.learn { p.update(buffer, truth: sentence.gold[i], guess: guess) }
      if guess != sentence.gold[i] { mistakes += 1 }
      if sentence.gold[i] != 0 { entityTokens += 1 }
      tags.append(guess)
      p2 = p1
      p1 = guess
    }
    return tags
  }
}

/// The averaged perceptron's state: current weights, their running totals and when each was
/// last changed (the lazy-averaging trick).
private struct Perceptron {
  var index: [UInt32: Int] = [:]
  var keys: [UInt32] = []
  var weights: [Double] = []
  var totals: [Double] = []
  var stamps: [Int] = []
  var clock = 0

  func predict(_ features: [UInt32], after previous: Int) -> Int {
    var scores = [Double](repeating: 0, count: NameTag.count)
    for f in features {
      guard let r = index[f] else { continue }
      for t in 0..<NameTag.count { scores[t] += weights[r + t] }
    }
    var best = 0
    for t in 1..<NameTag.count where NameTag.allowed(t, after: previous) && scores[t] > scores[best]
    {
      best = t
    }
    return best
  }

  mutating func update(_ features: [UInt32], truth: Int, guess: Int) {
    clock += 1
    guard truth != guess else { return }
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
      bump(r + truth, by: 1)
      bump(r + guess, by: -1)
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
