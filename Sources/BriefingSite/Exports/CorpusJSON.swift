import BriefingModels

/// The key of a timeline entry's JSON, which the timeline pages' keys are made of (the site no
/// longer writes the whole corpus as one `corpus.json`: each briefing's JSON is beside its page).
enum CorpusJSON {
  /// Bump when a timeline entry's JSON changes shape.
  static let entryRecipe = "timeline-entry-json 2"

  /// A hash of every field of a timeline entry: its JSON depends on nothing else.
  /// `CorpusJSONTests` fails when `TimelineEntry` gains a field this does not hash.
  static func entryKey(_ entry: TimelineEntry) -> String {
    var f = Fingerprint()
    // Counts and sentence numbers as their eight bytes: printing each was a tenth of the key.
    func add(_ n: Int) { withUnsafeBytes(of: UInt64(n).littleEndian) { f.add($0) } }
    f.add(entryRecipe)
    f.add(entry.id)
    f.add(entry.date.value)
    f.add(entry.date.precision.rawValue)
    f.add(entry.date.text)
    f.add(entry.text)
    f.add(entry.kind.rawValue)
    add(entry.parties.count)
    for p in entry.parties { f.add(p) }
    add(entry.places.count)
    for p in entry.places { f.add(p) }
    add(entry.sources.count)
    for s in entry.sources {
      f.add(s.article)
      f.add(s.event)
      add(s.sentence)
      f.add(s.text)
    }
    return f.hex
  }
}
