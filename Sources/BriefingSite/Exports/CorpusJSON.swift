import BriefingModels

/// The key of a timeline entry's JSON, which the timeline pages' keys are made of (the site no
/// longer writes the whole corpus as one `corpus.json`: each briefing's JSON is beside its page).
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
}
