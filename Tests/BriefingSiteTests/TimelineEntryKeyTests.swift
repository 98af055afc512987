import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// A timeline entry's key from its date bucket's version (``TimelineEntryKey``): what the
/// version decides is not hashed again, what it does not (the entry's id, which entry of the
/// bucket it is) is; and the timeline pages keyed from such keys still follow their models.
@Suite("Timeline entry keys from their bucket's version")
struct TimelineEntryKeyTests {
  static let entry = TimelineFilterTests.longCorpus().timeline.last!

  @Test("the key changes with the bucket's version, the entry's id and its first report")
  func versionedKey() {
    let key = TimelineEntryKey.of(Self.entry, version: "v1")
    var renamed = Self.entry
    renamed.id += "-2"
    var other = Self.entry
    other.sources[0].event = "e9"
    let keys: Set = [
      key, TimelineEntryKey.of(Self.entry, version: "v2"),
      TimelineEntryKey.of(renamed, version: "v1"), TimelineEntryKey.of(other, version: "v1"),
      CorpusJSON.entryKey(Self.entry),
    ]
    #expect(keys.count == 5)
    // What the version decides (here the text) is not read again.
    var retold = Self.entry
    retold.text += " Retold."
    #expect(TimelineEntryKey.of(retold, version: "v1") == key)
  }

  @Test("without a version, or without a report, the key hashes every field")
  func unversioned() {
    #expect(TimelineEntryKey.of(Self.entry, version: nil) == CorpusJSON.entryKey(Self.entry))
    var unsourced = Self.entry
    unsourced.sources = []
    #expect(TimelineEntryKey.of(unsourced, version: "v1") == CorpusJSON.entryKey(unsourced))
  }

  @Test("the site index keys each entry by its date's version where it has one")
  func indexKeys() {
    let corpus = TimelineFilterTests.longCorpus()
    let dated = corpus.timeline.first { $0.date.value == "2024-05-14" }!
    let index = SiteIndex(
      corpus: corpus, config: Fixtures.config, timelineVersions: ["2024-05-14": "v1"])
    for (entry, key) in zip(corpus.timeline, index.entryKeys) {
      let version = entry.date.value == dated.date.value ? "v1" : nil
      #expect(key == TimelineEntryKey.of(entry, version: version))
    }
  }

  /// Timeline page path → (fingerprint from the model, key), every date of `corpus` given a
  /// version: `v1-` and the date, or `v2-` for the dates in `bumped`.
  static func fingerprints(_ corpus: Corpus, bumped: Set<String> = []) throws -> KeyChecks.Prints {
    var renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    renderer.timelinePageLimit = 30
    var inputs = PageInputs(corpus: "the same corpus")
    for e in corpus.timeline {
      let value = e.date.value
      inputs.timelineVersions[value] = (bumped.contains(value) ? "v2-" : "v1-") + value
    }
    var result: KeyChecks.Prints = [:]
    for page in renderer.plan(corpus: corpus, config: Fixtures.config, inputs: inputs)
    where page.path.hasPrefix("timeline/") && page.path.hasSuffix(".html") {
      result[page.path] = (try #require(page.prepared().fingerprint), try #require(page.key))
    }
    return result
  }

  @Test("a source article's new title changes the pages listing its events, versions unchanged")
  func sourceTitle() throws {
    let before = try Self.fingerprints(TimelineFilterTests.longCorpus())
    var corpus = TimelineFilterTests.longCorpus()
    let i = corpus.briefings.firstIndex { $0.article.id == "istanbul-talks" }!
    corpus.briefings[i].article.title = "Talks in Istanbul, updated"
    // A version is a hash of the bucket's merged entries, which a title is not part of.
    let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
    #expect(!changed.isEmpty)
  }

  @Test("an entry merged anew: only the pages listing its bucket's entries change")
  func newVersion() throws {
    let before = try Self.fingerprints(TimelineFilterTests.longCorpus())
    var corpus = TimelineFilterTests.longCorpus()
    let i = corpus.timeline.firstIndex { $0.id == "long-40" }!
    corpus.timeline[i].text = "Event number 40, corrected."
    let changed = KeyChecks.expectKeysFollowModels(
      before, try Self.fingerprints(corpus, bumped: [corpus.timeline[i].date.value]))
    #expect(!changed.isEmpty)
    #expect(changed.count < before.count / 2, "\(changed.sorted())")
    // The same corpus and versions: the same keys.
    let again = try Self.fingerprints(TimelineFilterTests.longCorpus())
    #expect(KeyChecks.expectKeysFollowModels(before, again).isEmpty)
  }
}
