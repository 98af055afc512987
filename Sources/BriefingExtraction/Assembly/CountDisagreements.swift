import BriefingModels

/// Reports of one happening that give different counts of the same thing ("1,000 prisoners"
/// against "1,200 prisoners", "12 dead" against "15 killed").
///
/// Only exact counts are compared: a count with a hedge ("at least", "more than", "about"),
/// a partial one ("300 more prisoners"), or one given per side ("1,000 from each side")
/// contradicts nothing. Counts are compared only between sentences that say much the same
/// thing (``wordOverlap``, at least ``sharedWords`` words in common, numbers aside) with the
/// same series words, so the first stage's count is never set against the second's, nor the
/// missiles one side intercepted against those another side sent.
enum CountDisagreements {
  static let wordOverlap = 0.4
  static let sharedWords = 4

  /// The disagreements among the reports of one happening (timeline positions `group`).
  static func disagreements(_ group: [Int], _ r: Reports) -> [DisagreementFinder.Found] {
    var claims: [String: [Disagreement.Claim]] = [:]
    var values: [String: [Int]] = [:]
    var order: [String] = []
    var seen: Set<String> = []
    for i in group {
      for s in r.timeline[i].sources {
        // Most sentences count nothing (read once per briefing, ``BriefingFacts``).
        guard let counted = r.facts[s.article]?.counts.first(where: { $0.sentence == s.sentence })
        else { continue }
        let text = counted.text
        let marks = counted.marks
        for count in counted.counts {
          let key = "\(count.thing) \(count.perSide) \(marks)"
          // One count per article and thing: the first it gives.
          guard seen.insert("\(key)\u{0}\(s.article)").inserted else { continue }
          if claims[key] == nil { order.append(key) }
          claims[key, default: []].append(
            .init(
              article: s.article, source: r.sourceName(s.article), sentence: s.sentence,
              text: text, value: count.shown))
          values[key, default: []].append(count.value)
        }
      }
    }
    return order.compactMap { key in
      guard let all = claims[key], all.count > 1 else { return nil }
      // A claim stays when a report of another article says the same in other numbers.
      let values = values[key]!
      let words = all.map { Reports.words($0.text) }
      let kept = all.indices.filter { i in
        all.indices.contains { j in
          all[j].article != all[i].article && values[j] != values[i]
            && Reports.similar(words[i], words[j], overlap: wordOverlap, shared: sharedWords)
        }
      }
      let found = kept.map { all[$0] }
      guard found.count > 1 else { return nil }
      let thing = String(key.prefix { $0 != " " })
      return .init(
        kind: .number, subject: "\(thing) in \(r.subject(r.timeline[group[0]]))",
        entries: group, claims: found)
    }
  }
}

/// Reads the exact counts a sentence gives: a number, then (perhaps after a name such as
/// "Ukrainian") a noun of a known kind of thing.
public enum CountReader {
  public struct Count: Equatable, Codable, Sendable {
    /// The kind of thing counted, synonyms united ("dead" for "killed", "deaths").
    public var thing: String
    public var value: Int
    /// Whether the count is per side ("from each side"): not comparable with a total.
    public var perSide: Bool
    /// The words as the sentence has them ("1,200 prisoners").
    public var shown: String

    public init(thing: String, value: Int, perSide: Bool, shown: String) {
      (self.thing, self.value, self.perSide, self.shown) = (thing, value, perSide, shown)
    }
  }

  /// Nouns counted, by the kind of thing they count.
  static let things: WordTable<String> = [
    "prisoners": "prisoners", "prisoner": "prisoners", "pows": "prisoners",
    "captives": "prisoners", "soldiers": "soldiers", "servicemen": "soldiers",
    "troops": "soldiers", "dead": "dead", "killed": "dead", "deaths": "dead",
    "fatalities": "dead", "died": "dead", "wounded": "wounded", "injured": "wounded",
    "bodies": "bodies", "remains": "bodies", "people": "people", "civilians": "civilians",
    "children": "children", "hostages": "hostages", "detainees": "detainees",
    "refugees": "refugees", "drones": "drones", "missiles": "missiles", "rockets": "rockets",
    "tanks": "tanks", "aircraft": "aircraft",
  ]

  /// Words before a number that make it a bound or an estimate, not a count.
  static let hedges: WordSet = [
    "about", "around", "nearly", "almost", "over", "some", "roughly", "approximately",
    "than", "least", "most", "as", "estimated", "between", "under", "below",
    "above", "exceeding", "reportedly", "perhaps", "possibly", "another",
  ]

  /// Words after a number that make it part of a total ("300 more prisoners").
  static let partial: WordSet = ["more", "other", "additional", "further", "extra", "new"]

  /// Words between a number and its noun that may be skipped ("27 Russian soldiers").
  static let qualifiers: WordSet = [
    "young", "seriously", "civilian", "wounded", "captured", "fallen", "freed", "ukrainian",
    "russian",
  ]

  static let perSide: WordSet = ["each", "per", "apiece", "every"]

  static func counts(in sentence: String) -> [Count] {
    // Every count starts with an ASCII digit (``number(_:)``): a sentence without one, as most
    // are, is not split into words at all.
    guard sentence.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return [] }
    let words = Self.words(of: sentence)
    func bare(_ k: Int) -> String {
      guard words.indices.contains(k) else { return "" }
      return String(words[k].trimmingPunctuation).lowercased()
    }
    var out: [Count] = []
    for (k, raw) in words.enumerated() {
      // A number that ends a clause ("1,000, agreed") or is glued to other marks is no count.
      guard raw.last.map({ $0.isNumber }) ?? false, let value = number(raw.trimmingPunctuation)
      else { continue }
      if hedges.contains(bare(k - 1)) || (bare(k - 1) == "to" && bare(k - 2) == "up") { continue }
      var n = k + 1
      if partial.contains(bare(n)) { continue }
      if things[bare(n)] == nil,
        qualifiers.contains(bare(n)) || words[safe: n]?.first?.isUppercase == true
      {
        guard words[safe: n]?.last?.isLetter == true else { continue }
        n += 1
      }
      guard let thing = things[bare(n)] else { continue }
      let after = (n + 1...n + 4).map(bare)
      out.append(
        Count(
          thing: thing, value: value, perSide: after.contains { perSide.contains($0) },
          shown: words[k...n].joined(separator: " ").trimmingPunctuationString))
    }
    return out
  }

  /// The words of a sentence: split at spaces, line feeds and no-break spaces. A sentence of
  /// ASCII without a carriage return (which joins the next line feed into one character) is
  /// split byte by byte, into the same words.
  static func words(of sentence: String) -> [Substring] {
    let utf8 = sentence.utf8
    guard utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else {
      return sentence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" })
    }
    return utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") })
      .map { sentence[$0.startIndex..<$0.endIndex] }
  }

  /// `1,200` or `1200` (not `12.5`, `2-3`, `1,20`).
  static func number(_ word: Substring) -> Int? {
    guard let first = word.first, first.isASCII, first.isNumber else { return nil }
    let groups = word.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    if groups.count > 1,
      groups[0].count > 3 || groups.dropFirst().contains(where: { $0.count != 3 })
    {
      return nil
    }
    return Int(groups.joined())
  }
}

extension Substring {
  /// Without the quotes, brackets and punctuation around a word.
  fileprivate var trimmingPunctuation: Substring {
    var s = self
    while let f = s.first, !f.isLetter, !f.isNumber { s = s.dropFirst() }
    while let l = s.last, !l.isLetter, !l.isNumber { s = s.dropLast() }
    return s
  }
}

extension String {
  fileprivate var trimmingPunctuationString: String {
    var s = Substring(self)
    while let l = s.last, !l.isLetter, !l.isNumber { s = s.dropLast() }
    return String(s)
  }
}

extension Array {
  fileprivate subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
