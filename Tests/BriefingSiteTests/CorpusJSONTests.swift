import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// A timeline entry's key hashes every field of the entry; spliced JSON joins its pieces in order.
@Suite("Timeline entry keys and JSON splices")
struct CorpusJSONTests {
  static let corpus = Fixtures.corpus()

  @Test("a timeline entry's key changes with each of its fields, and it hashes all of them")
  func entryKeys() throws {
    let entry = try #require(Self.corpus.timeline.first { !$0.sources.isEmpty })
    // A new field in an entry, its date or its sources must be added to `entryKey`.
    #expect(Mirror(reflecting: entry).children.count == 7)
    #expect(Mirror(reflecting: entry.date).children.count == 3)
    #expect(Mirror(reflecting: entry.sources[0]).children.count == 4)
    let changes: [(inout TimelineEntry) -> Void] = [
      { $0.id += "x" }, { $0.date.value += "x" },
      { $0.date.precision = $0.date.precision == .day ? .month : .day }, { $0.date.text += "x" },
      { $0.text += "x" }, { $0.kind = $0.kind == .meeting ? .attack : .meeting },
      { $0.parties.append("x") }, { $0.places.append("x") }, { $0.sources.append($0.sources[0]) },
      { $0.sources[0].article += "x" }, { $0.sources[0].event += "x" },
      { $0.sources[0].sentence += 1 }, { $0.sources[0].text += "x" },
    ]
    var keys: Set<String> = [CorpusJSON.entryKey(entry)]
    for change in changes {
      var changed = entry
      change(&changed)
      keys.insert(CorpusJSON.entryKey(changed))
    }
    #expect(keys.count == changes.count + 1)
  }

  @Test("the site index's entry keys, in corpus order, are the ones each entry hashes to")
  func indexKeys() {
    let index = SiteIndex(corpus: Self.corpus, config: Fixtures.config)
    #expect(index.entryKeys == Self.corpus.timeline.map(CorpusJSON.entryKey))
  }
}
