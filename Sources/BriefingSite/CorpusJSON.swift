import BriefingModels

/// `corpus.json`: exactly ``SafeJSON``'s bytes for the corpus, with each briefing spliced from
/// ``JSONFragments`` when its source is known.
///
/// The encoding is compact and each value's bytes depend on the value alone, so the corpus is
/// `{"briefings":[` + the briefings joined by `,` + `],"parties":` + the parties + `,"timeline":`
/// + the timeline + `}` and a newline (keys in sorted order, as `SafeJSON` writes them).
enum CorpusJSON {
  static func encode(
    _ corpus: Corpus, sources: [String: String], fragments: JSONFragments?
  ) -> [UInt8] {
    guard let fragments, corpus.briefings.allSatisfy({ sources[$0.article.id] != nil }) else {
      return SafeJSON.encode(corpus)
    }
    var out: [UInt8] = []
    out.reserveCapacity(1 << 20)
    out += Array(#"{"briefings":["#.utf8)
    for (i, briefing) in corpus.briefings.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      fragments.append(sources[briefing.article.id]!, to: &out) {
        Array(SafeJSON.encode(briefing).dropLast())  // without the final newline
      }
    }
    out += Array(#"],"parties":"#.utf8)
    out += SafeJSON.encode(corpus.parties).dropLast()
    out += Array(#","timeline":"#.utf8)
    out += SafeJSON.encode(corpus.timeline).dropLast()
    out += Array("}\n".utf8)
    return out
  }
}
