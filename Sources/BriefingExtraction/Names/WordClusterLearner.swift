/// Learns distributional word classes from unlabelled text, the semi-supervised step for a
/// tagger trained on little data (Ratinov & Roth 2009; Turian et al. 2010): each frequent word
/// is described by the words seen just before and after it, and the words are split in two
/// again and again (spherical 2-means), so each gets a bit path whose prefixes are ever finer
/// classes, as Brown clusters' are. The same text gives the same paths.
public struct WordClusterLearner: Sendable {
  /// Words seen fewer times are not clustered.
  public var minCount: Int
  /// At most this many words (the most frequent) are clustered.
  public var maxWords: Int
  /// The context words: the most frequent tokens, left and right.
  public var contextWords: Int
  /// The length of the longest path (the tree's depth).
  public var depth: Int

  public init(minCount: Int = 3, maxWords: Int = 8000, contextWords: Int = 300, depth: Int = 10) {
    self.minCount = minCount
    self.maxWords = maxWords
    self.contextWords = contextWords
    self.depth = depth
  }

  /// The clusters of the words of `texts` (lower-cased, as the tagger's word feature).
  public func learn(_ texts: [String]) -> WordClusters {
    var sentences: [[String]] = []
    for text in texts {
      for span in SentenceSplitter.split(text) {
        sentences.append(Tokenizer.tokens(of: span.text).map(\.norm))
      }
    }
    var counts: [String: Int] = [:]
    for s in sentences { for w in s { counts[w, default: 0] += 1 } }
    let byFrequency = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    let words = Array(
      byFrequency.lazy.filter { $0.value >= minCount && isClusterable($0.key) }.prefix(maxWords)
        .map(\.key))
    let context = Dictionary(
      uniqueKeysWithValues: byFrequency.prefix(contextWords).enumerated().map { ($1.key, $0) })
    let row = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
    // Left contexts in 0..<C, right contexts in C..<2C; the sentence boundary is its own word.
    let width = 2 * (contextWords + 1)
    var vectors = [Float](repeating: 0, count: words.count * width)
    for s in sentences {
      for (i, w) in s.enumerated() {
        guard let r = row[w] else { continue }
        let left = i > 0 ? context[s[i - 1]] : contextWords
        let right = i + 1 < s.count ? context[s[i + 1]] : contextWords
        if let l = left { vectors[r * width + l] += 1 }
        if let rr = right { vectors[r * width + contextWords + 1 + rr] += 1 }
      }
    }
    // Square roots of the counts, then unit length: cosine similarity is a dot product.
    for r in words.indices {
      var norm: Float = 0
      for k in 0..<width {
        let v = vectors[r * width + k].squareRoot()
        vectors[r * width + k] = v
        norm += v * v
      }
      norm = max(norm.squareRoot(), 1e-9)
      for k in 0..<width { vectors[r * width + k] /= norm }
    }
    // A word never seen beside a context word has nothing to be classed by.
    let described = words.indices.filter { r in
      (0..<width).contains { vectors[r * width + $0] > 0 }
    }
    var paths = [String](repeating: "", count: words.count)
    split(described, path: "", vectors, width, &paths)
    return WordClusters(
      paths: Dictionary(uniqueKeysWithValues: described.map { (words[$0], paths[$0]) }))
  }

  /// A word worth a class: it has a letter (numbers and punctuation have their shape).
  private func isClusterable(_ w: String) -> Bool {
    w.unicodeScalars.contains { $0.properties.isAlphabetic }
  }

  /// Splits `members` (word rows, most frequent first) in two, and each half again, to `depth`.
  private func split(
    _ members: [Int], path: String, _ v: [Float], _ width: Int, _ paths: inout [String]
  ) {
    guard path.count < depth, members.count >= 4 else {
      for m in members { paths[m] = path }
      return
    }
    func dot(_ r: Int, _ c: [Float]) -> Float {
      var s: Float = 0
      for k in 0..<width { s += v[r * width + k] * c[k] }
      return s
    }
    func centroid(_ rows: [Int]) -> [Float] {
      var c = [Float](repeating: 0, count: width)
      for r in rows { for k in 0..<width { c[k] += v[r * width + k] } }
      let n = max(c.reduce(0) { $0 + $1 * $1 }.squareRoot(), 1e-9)
      return c.map { $0 / n }
    }
    // Seeds: the most frequent word, and the word least like it.
    var a = Array(v[(members[0] * width)..<((members[0] + 1) * width)])
    let far = members.min { dot($0, a) < dot($1, a) }!
    var b = Array(v[(far * width)..<((far + 1) * width)])
    var left: [Int] = []
    var right: [Int] = []
    for _ in 0..<8 {
      left = []
      right = []
      for m in members {
        if dot(m, a) >= dot(m, b) { left.append(m) } else { right.append(m) }
      }
      guard !left.isEmpty, !right.isEmpty else { break }
      a = centroid(left)
      b = centroid(right)
    }
    guard !left.isEmpty, !right.isEmpty else {
      for m in members { paths[m] = path }
      return
    }
    split(left, path: path + "0", v, width, &paths)
    split(right, path: path + "1", v, width, &paths)
  }
}
