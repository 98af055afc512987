import BriefingModels

/// A short extractive summary: the lead sentence plus the one or two sentences that carry the
/// most facts (a date, statements, several parties), in article order. A sentence that opens
/// with "He", "She" or "They" names the person instead when a statement tells who it is, and is
/// passed over for another when nothing does.
enum Summarizer {
  static func summary(
    sentences: [String], events: [Event], statements: [Statement], mentions: [Int: Int],
    limit: Int = 3
  ) -> [String] {
    guard !sentences.isEmpty else { return [] }
    let want = sentences.count < 6 ? min(2, sentences.count) : limit
    var scores = [Double](repeating: 0, count: sentences.count)
    for e in events where e.sentence < scores.count {
      scores[e.sentence] += e.kind == .statement ? 1 : 2
    }
    for s in statements where s.sentence < scores.count { scores[s.sentence] += 1.5 }
    for (i, n) in mentions where i < scores.count { scores[i] += Double(min(n, 3)) * 0.5 }
    for (i, s) in sentences.enumerated() {
      let words = wordCount(s)
      if words < 6 || words > 60 { scores[i] -= 3 }
      scores[i] -= Double(i) * 0.05  // earlier is better, other things equal
    }
    var named: [Int: String] = [:]
    for (i, s) in sentences.enumerated() where OpeningPronoun.opening(s) != nil {
      named[i] = OpeningPronoun.person(sentence: s, index: i, statements: statements)
    }
    func readsAlone(_ i: Int) -> Bool {
      named[i] != nil || OpeningPronoun.opening(sentences[i]) == nil
    }
    var chosen: Set<Int> = [0]
    if sentences.count > 1, wordCount(sentences[0]) < 6 || (!readsAlone(0) && readsAlone(1)) {
      chosen = [1]
    }
    let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
    for i in ranked where chosen.count < want && readsAlone(i) { chosen.insert(i) }
    return chosen.sorted().map { i in
      named[i].map { OpeningPronoun.naming(sentences[i], $0) } ?? sentences[i]
    }
  }

  /// How many space-separated words `s` has (`s.split(separator: " ").count`), counted on bytes
  /// when `s` is plain ASCII.
  static func wordCount(_ s: String) -> Int {
    // A space is then a character of its own: no mark can join it.
    guard ASCIIClass.isPlain(s) || StandAloneScalars.holdsOnly(s) else {
      return s.split(separator: " ").count
    }
    // Over the contiguous bytes when the string has them (native strings do): the view's
    // iterator cost several times the loop.
    return s.utf8.withContiguousStorageIfAvailable { wordsIn($0) } ?? wordsIn(s.utf8)
  }

  /// Runs of bytes other than a space.
  @inline(__always)
  private static func wordsIn<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
    var count = 0
    var inWord = false
    for b in bytes {
      if b == UInt8(ascii: " ") {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }
}
