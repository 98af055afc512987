import BriefingModels

/// A timeline entry's key (its JSON and what every page listing it reads of it), from its date
/// bucket's version when the generator knows it, else by hashing every field
/// (``CorpusJSON/entryKey(_:)``).
///
/// A bucket is the reports of one date value, merged on their own; its version
/// (``PageInputs/timelineVersions``, made once when the bucket is merged and kept with its
/// merge) is a hash of every field of the entries merged from it, their ids as made unique
/// within the bucket (the timeline's, unless two dates could give one id: `TimelineOrder`).
/// The entry's key is then its bucket's version, its timeline id and
/// its first report (which entry of the bucket it is): a few short strings instead of every
/// text of every report (0.73 G instructions at 10,000 articles). A version that does not
/// change when an edit leaves the bucket's merge as it was keeps every key of the bucket.
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
