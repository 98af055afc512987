import BriefingModels

/// A sentence's parties and places as typed byte spans, for scoring the extraction against
/// named-entity data (see `Extractor.names(in:)` for the mapping of kinds).
enum NameSpans {
  /// Unicode-scalar offset → UTF-8 byte offset of a text (one more entry than it has scalars).
  static func byteOffsets(_ text: String) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(text.utf8.count + 1)
    var b = 0
    for u in text.unicodeScalars {
      out.append(b)
      b += UTF8.width(u)
    }
    out.append(b)
    return out
  }

  static func of(
    _ parties: SentenceParties, _ tokens: [Token], in sentence: String, at base: Int,
    known: [[Phrase]]
  ) -> [NameSpan] {
    let u = sentence.utf8
    func span(_ whole: Range<Int>, _ kind: NameKind) -> NameSpan {
      // "the United Nations": an opening "the" is no part of the name (GUM leaves it out).
      var r = whole
      while r.count > 1, tokens[r.lowerBound].norm == "the" {
        r = (r.lowerBound + 1)..<r.upperBound
      }
      return NameSpan(
        start: base + u.distance(from: u.startIndex, to: tokens[r.lowerBound].range.lowerBound),
        end: base + u.distance(from: u.startIndex, to: tokens[r.upperBound - 1].range.upperBound),
        kind: kind)
    }
    // "pro-Beijing", "anti-American": a name fused to a lower-case prefix is a modifier's part,
    // not a name of its own (GUM marks none); the party's mention stays.
    func prefixed(_ r: Range<Int>) -> Bool {
      let i = r.lowerBound
      guard i >= 2, tokens[i - 1].norm == "-", tokens[i - 2].isWord, !tokens[i - 2].isCapitalized
      else { return false }
      return tokens[i - 2].range.upperBound == tokens[i - 1].range.lowerBound
        && tokens[i - 1].range.upperBound == tokens[i].range.lowerBound
    }
    var taken: [Range<Int>] = []
    var out: [NameSpan] = []
    for m in parties.mentions where !m.embedded && !m.tokens.isEmpty {
      // A demonym ("American") is no name; one that is also the state's name ("U.S.", "US")
      // names the state, as GUM marks it.
      let same = known[m.tokens.lowerBound].filter { $0.tokens.count == m.tokens.count }
      let demonym =
        same.contains {
          if case .demonym = $0.meaning { return true }
          return false
        }
        && !same.contains {
          if case .name = $0.meaning { return true }
          return false
        }
      if demonym || prefixed(m.tokens) || taken.contains(where: { $0.overlaps(m.tokens) }) {
        continue
      }
      let kind: NameKind
      switch m.kind {
      case .person: kind = .person
      case .organization, .group: kind = .organization
      case .state: kind = .place
      }
      taken.append(m.tokens)
      out.append(span(m.tokens, kind))
    }
    for p in parties.places
    where !p.tokens.isEmpty && !prefixed(p.tokens)
      && !taken.contains(where: { $0.overlaps(p.tokens) })
    {
      taken.append(p.tokens)
      out.append(span(p.tokens, .place))
    }
    return out.sorted { $0.start < $1.start }
  }
}
