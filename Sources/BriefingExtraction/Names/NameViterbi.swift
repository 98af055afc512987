/// Scores a token's features for each tag (lanes 0–6, `NameTag`): the shipped model's integer
/// weights when tagging, the trainer's current weights when learning.
protocol NameScoring {
  func scores(_ features: UnsafeBufferPointer<UInt32>) -> SIMD8<Double>
}

/// Viterbi decoding of one sentence: the best-scoring tag sequence under the BIO constraint
/// (`NameTag.allowed`), instead of the best tag at each token in turn. The features that read the
/// tag two back (`NameFeatures.tagFeatures`) take it from the best path into each previous tag.
/// Training decodes the same way (`NameTrainer`), so the weights suit this search. A token
/// with no capital on it or beside it is `O` unscored (`isPlainlyOutside`).
enum NameViterbi {
  /// The tags of one sentence; `memory[i]` is the article memory's value at token `i`.
  static func decode<S: NameScoring>(
    _ keys: [NameFeatures.TokenKeys], memory: [Int], scorer: S
  ) -> [Int] {
    let n = keys.count
    guard n > 0 else { return [] }
    // Each token's keys are written to a buffer on the stack and scored from there: no array
    // is cleared and appended to per token and previous tag.
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: NameFeatures.maxFeatures) {
      decode(keys, memory: memory, scorer: scorer, scratch: $0)
    }
  }

  private static func decode<S: NameScoring>(
    _ keys: [NameFeatures.TokenKeys], memory: [Int], scorer: S,
    scratch: UnsafeMutableBufferPointer<UInt32>
  ) -> [Int] {
    let n = keys.count
    var used = 0
    func put(_ key: UInt32) {
      precondition(used < scratch.count, "more name features than NameFeatures.maxFeatures")
      scratch[used] = key
      used += 1
    }
    func scored() -> SIMD8<Double> {
      scorer.scores(UnsafeBufferPointer(rebasing: scratch[0..<used]))
    }
    let count = NameTag.count
    var back = [Int](repeating: 0, count: n * count)
    let none = SIMD8<Double>(repeating: -.infinity)
    var delta = none
    delta[0] = 0
    for i in 0..<n {
      if isPlainlyOutside(keys, i) {
        // Every path goes through `O` here; nothing is scored (most of a news text).
        var best = 0
        for p in 1..<count where delta[p] > delta[best] { best = p }
        back[i * count] = best
        delta = none
        delta[0] = 0
        continue
      }
      used = 0
      NameFeatures.tokenFeatures(keys, i, memory: memory[i], put)
      let base = scored()
      var next = none
      for p in 0..<count where delta[p] > -.infinity {
        let p2 = i > 0 ? back[(i - 1) * count + p] : 0
        used = 0
        NameFeatures.tagFeatures(keys, i, previous: p, p2, put)
        let total = base + scored() + SIMD8(repeating: delta[p])
        for t in 0..<count where total[t] > next[t] && NameTag.allowed(t, after: p) {
          next[t] = total[t]
          back[i * count + t] = p
        }
      }
      delta = next
    }
    var best = 0
    for t in 1..<count where delta[t] > delta[best] { best = t }
    var tags = [Int](repeating: 0, count: n)
    for i in stride(from: n - 1, through: 0, by: -1) {
      tags[i] = best
      best = back[i * count + best]
    }
    return tags
  }
}

extension NameViterbi {
  /// A token that takes `O` without being scored: neither it nor a neighbour is capitalised
  /// ("said", "the" in "said the report"). A name's lower-case words ("of" in "Bank of America")
  /// stand next to a capitalised one. Training decodes the same way, so the weights never
  /// count on these tokens.
  @inline(__always)
  static func isPlainlyOutside(_ keys: [NameFeatures.TokenKeys], _ i: Int) -> Bool {
    !keys[i].capitalized && (i == 0 || !keys[i - 1].capitalized)
      && (i + 1 == keys.count || !keys[i + 1].capitalized)
  }
}

extension NameModel: NameScoring {
  func scores(_ features: UnsafeBufferPointer<UInt32>) -> SIMD8<Double> {
    let s = sums(features)
    return SIMD8(
      Double(s.0), Double(s.1), Double(s.2), Double(s.3), Double(s.4), Double(s.5), Double(s.6), 0)
  }
}
