import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// A timeline page keyed by what it shows (``TimelinePageKeys``) must change whenever the
/// page's model would, and only the pages about a change should: each test changes a corpus
/// the way an edit does and compares keys with the fingerprints hashed from the models.
@Suite("Timeline pages keyed by what they show")
struct TimelinePageKeyTests {
  typealias Prints = KeyChecks.Prints

  /// Timeline page path → (fingerprint from the model, key from what it shows).
  static func fingerprints(_ corpus: Corpus, limit: Int = 30) throws -> Prints {
    var renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    renderer.timelinePageLimit = limit
    // Any corpus key turns keys on; a constant one, so only the timeline's own keys can move.
    let pages = renderer.plan(
      corpus: corpus, config: Fixtures.config, inputs: PageInputs(corpus: "the same corpus"))
    var result: Prints = [:]
    // The HTML pages: timeline/events.json is keyed by the corpus, like the other data files.
    for page in pages where page.path.hasPrefix("timeline/") && page.path.hasSuffix(".html") {
      result[page.path] = (try #require(page.prepared().fingerprint), try #require(page.key))
    }
    return result
  }

  static func edited(_ change: (inout Corpus) -> Void) -> Corpus {
    var corpus = TimelineFilterTests.longCorpus()
    change(&corpus)
    return corpus
  }

  static let base = TimelineFilterTests.longCorpus()

  @Test("an event's new text changes the pages that list it, and not the others")
  func editedEvent() throws {
    let before = try Self.fingerprints(Self.base)
    let corpus = Self.edited { c in
      let i = c.timeline.firstIndex { $0.id == "long-40" }!
      c.timeline[i].text = "Event number 40, corrected."
    }
    let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
    #expect(!changed.isEmpty)
    #expect(changed.count < before.count / 2, "\(changed.sorted())")
  }

  @Test("a source article's new title changes the pages listing its events")
  func sourceTitle() throws {
    let before = try Self.fingerprints(Self.base)
    let corpus = Self.edited { c in
      let i = c.briefings.firstIndex { $0.article.id == "istanbul-talks" }!
      c.briefings[i].article.title = "Talks in Istanbul, updated"
    }
    let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
    #expect(!changed.isEmpty)
  }

  @Test("a source article's new date changes the pages listing its events")
  func sourceDate() throws {
    let before = try Self.fingerprints(Self.base)
    let corpus = Self.edited { c in
      let i = c.briefings.firstIndex { $0.article.id == "istanbul-talks" }!
      c.briefings[i].article.published = "2025-06-03"
    }
    let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
    #expect(!changed.isEmpty)
  }

  @Test("a renamed party, a new role: the pages naming them change")
  func parties() throws {
    let before = try Self.fingerprints(Self.base)
    for change in 0..<3 {
      let corpus = Self.edited { c in
        switch change {
        case 0: c.parties[c.parties.firstIndex { $0.id == "ukraine" }!].name = "Ukraine (renamed)"
        case 1:
          c.parties[c.parties.firstIndex { $0.id == "russia" }!].role = "belligerent"
        default: c.parties[c.parties.firstIndex { $0.id == "russia" }!].name = "Russian Federation"
        }
      }
      let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
      #expect(!changed.isEmpty, "change \(change)")
    }
  }

  @Test("an added event, another source for an event, a new month: keys follow")
  func additions() throws {
    let before = try Self.fingerprints(Self.base)
    let source = EventSource(
      article: "summer-outlook", event: "e1", sentence: 0, text: "A sentence.")
    let added = Self.edited { c in
      c.timeline.append(
        TimelineEntry(
          id: "added", date: Fixtures.date("2024-05-14"), text: "An added meeting.",
          kind: .meeting, parties: ["ukraine"], places: ["Geneva"], sources: [source]))
    }
    let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(added))
    #expect(changed.count < before.count / 2, "\(changed.sorted())")
    let sourced = Self.edited { c in
      let i = c.timeline.firstIndex { $0.id == "long-7" }!
      c.timeline[i].sources.append(source)
    }
    KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(sourced))
    let newMonth = Self.edited { c in
      c.timeline.append(
        TimelineEntry(
          id: "early", date: Fixtures.date("2022-11-05"), text: "An early event.", kind: .attack,
          parties: ["russia"], places: [], sources: [source]))
    }
    KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(newMonth))
  }

  @Test("another build of the tool changes every timeline page's key")
  func tool() throws {
    let renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    func keys(_ tool: String) -> [String: String?] {
      let pages = renderer.plan(
        corpus: Self.base, config: Fixtures.config, inputs: PageInputs(corpus: "c", tool: tool))
      return Dictionary(
        uniqueKeysWithValues: pages.filter { $0.path.hasPrefix("timeline/") }.map {
          ($0.path, $0.key)
        })
    }
    let a = keys("build 1")
    let b = keys("build 2")
    #expect(!a.isEmpty)
    for (path, key) in a { #expect(b[path]! != key, "\(path)") }
  }

  @Test("another split of the timeline into pages: keys follow")
  func paging() throws {
    KeyChecks.expectKeysFollowModels(
      try Self.fingerprints(Self.base, limit: 30), try Self.fingerprints(Self.base, limit: 60))
  }
}
