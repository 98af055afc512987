import BriefingModels

/// `corpus.json`: exactly ``SafeJSON``'s bytes for the corpus, with each briefing spliced from
/// ``JSONFragments`` when its source is known, and each timeline entry by ``entryKey(_:)``.
///
/// The encoding is compact and each value's bytes depend on the value alone, so the corpus is
/// `{"briefings":[` + the briefings joined by `,` + `],"parties":` + the parties +
/// `,"timeline":[` + the entries joined by `,` + `]}` and a newline (keys in sorted order, as
/// `SafeJSON` writes them).
enum CorpusJSON {
  /// Bump when a timeline entry's JSON changes shape.
  static let entryRecipe = "timeline-entry-json 1"

  /// A hash of every field of a timeline entry: its JSON depends on nothing else.
  /// `CorpusJSONTests` fails when `TimelineEntry` gains a field this does not hash.
  static func entryKey(_ entry: TimelineEntry) -> String {
    var f = Fingerprint()
    f.add(entryRecipe)
    f.add(entry.id)
    f.add(entry.date.value)
    f.add(entry.date.precision.rawValue)
    f.add(entry.date.text)
    f.add(entry.text)
    f.add(entry.kind.rawValue)
    f.add(String(entry.parties.count))
    for p in entry.parties { f.add(p) }
    f.add(String(entry.places.count))
    for p in entry.places { f.add(p) }
    f.add(String(entry.sources.count))
    for s in entry.sources {
      f.add(s.article)
      f.add(s.event)
      f.add(String(s.sentence))
      f.add(s.text)
    }
    return f.hex
  }

  /// `entryKeys`, when given, holds ``entryKey(_:)`` of each timeline entry in corpus order
  /// (the site index has hashed them already).
  static func encode(
    _ corpus: Corpus, sources: [String: String], fragments: JSONFragments?,
    entryKeys: [String]? = nil
  ) -> [UInt8] {
    precondition(entryKeys == nil || entryKeys?.count == corpus.timeline.count)
    guard let fragments, corpus.briefings.allSatisfy({ sources[$0.article.id] != nil }) else {
      return SafeJSON.encode(corpus)
    }
    var out = JSONSplice(#"{"briefings":["#)
    for (i, briefing) in corpus.briefings.enumerated() {
      if i > 0 { out.append(byte: UInt8(ascii: ",")) }
      fragments.append(sources[briefing.article.id]!, to: &out) {
        Array(SafeJSON.encode(briefing).dropLast())  // without the final newline
      }
    }
    out.append(#"],"parties":"#)
    out.append(bytes: SafeJSON.encode(corpus.parties).dropLast())
    out.append(#","timeline":["#)
    for (i, entry) in corpus.timeline.enumerated() {
      if i > 0 { out.append(byte: UInt8(ascii: ",")) }
      fragments.append(entryKeys?[i] ?? entryKey(entry), to: &out) {
        Array(SafeJSON.encode(entry).dropLast())
      }
    }
    out.append("]}\n")
    return out.joined()
  }
}
