import BriefingModels

/// A timeline entry's key (its JSON and what every page listing it reads of it), from its date
/// bucket's version when the generator knows it, else by hashing every field
/// (``CorpusJSON/entryKey(_:)``).
///
/// A bucket is the reports of one date value; merging depends on them alone, so its version
/// (``PageInputs/timelineVersions``: the date value and, in corpus order, each report's
/// article id and source) decides every field of every entry merged from it but the id, which
/// is made unique across the timeline, and it decides the lines of the entries' source
/// articles too. The entry's key is then its bucket's version, its id and its first report
/// (which entry of the bucket it is): a few short strings instead of every text of every
/// report (0.73 G instructions at 10,000 articles).
enum TimelineEntryKey {
  /// Bump when a timeline entry's JSON or the pages' use of it changes shape.
  static let recipe = "timeline-entry-version 1"

  /// The key of `entry`, merged from a bucket of version `version` (nil when not known).
  static func of(_ entry: TimelineEntry, version: String?) -> String {
    guard let version, let first = entry.sources.first else { return CorpusJSON.entryKey(entry) }
    var f = Fingerprint()
    f.add(recipe)
    f.add(version)
    f.add(entry.id)
    f.add(first.article)
    f.add(first.event)
    return f.hex
  }
}
