import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// A briefing page fingerprinted from its inputs (``BriefingPageKeys``) must change whenever
/// the page's model would: otherwise a rebuild would leave a stale page. Each test changes a
/// corpus the way an edit does and compares the input keys with the fingerprints hashed from
/// the pages' models.
@Suite("Briefing pages keyed by their inputs")
struct BriefingPageKeyTests {
  /// A hash of the briefing's JSON: what the generator's source hash stands for.
  static func sources(_ corpus: Corpus) -> [String: String] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    var sources: [String: String] = [:]
    for b in corpus.briefings {
      var f = Fingerprint()
      f.add([UInt8]((try? encoder.encode(b)) ?? Data()))
      sources[b.article.id] = f.hex
    }
    return sources
  }

  /// Briefing page path → (fingerprint from the model, fingerprint from the inputs).
  static func fingerprints(_ corpus: Corpus, config: SiteConfig = Fixtures.config, limit: Int = 200)
    throws -> [String: (model: String, key: String)]
  {
    var renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    renderer.timelinePageLimit = limit
    let pages = renderer.plan(
      corpus: corpus, config: config, inputs: PageInputs(briefingSources: sources(corpus)))
    var result: [String: (model: String, key: String)] = [:]
    for page in pages where page.path.hasPrefix("briefings/") {
      result[page.path] = (try #require(page.prepared().fingerprint), try #require(page.key))
    }
    return result
  }

  static let talks = "briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html"

  @Test("keyed pages render exactly the bytes of pages built at once")
  func sameBytes() throws {
    let renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    let corpus = Fixtures.corpus()
    let keyed = renderer.plan(
      corpus: corpus, config: Fixtures.config,
      inputs: PageInputs(briefingSources: Self.sources(corpus), corpus: "a corpus"))
    let plain = renderer.plan(corpus: corpus, config: Fixtures.config)
    #expect(keyed.count == plain.count)
    for (k, p) in zip(keyed, plain) {
      #expect(k.path == p.path)
      #expect(k.key != nil, "\(k.path)")
      #expect(p.key == nil || p.path.hasPrefix("assets/"), "\(p.path)")
      #expect(try renderer.render(k) == renderer.render(p.prepared()), "\(k.path)")
    }
  }

  @Test("an edited article changes its own page's key and no other")
  func editedArticle() throws {
    var corpus = Fixtures.corpus()
    let before = try Self.fingerprints(corpus)
    corpus.briefings[0].sentences[2] = "Ukraine's headquarters rejected the claim outright."
    let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
    #expect(
      changed == [
        Self.talks, "briefings/\(SitePaths.briefingName("istanbul-talks"))/briefing.json",
      ])
  }

  @Test("an event on a day the timeline has leaves the other briefings' keys alone")
  func eventOnKnownDay() throws {
    var corpus = Fixtures.corpus()
    let before = try Self.fingerprints(corpus)
    corpus.timeline.append(
      TimelineEntry(
        id: "2025-06-02-statement-new", date: Fixtures.date("2025-06-02"),
        text: "A new statement.", kind: .statement, parties: ["russia"], places: [],
        sources: [
          EventSource(article: "prisoner-exchange", event: "e9", sentence: 1, text: "A sentence.")
        ]))
    let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
    #expect(!changed.contains(Self.talks))
  }

  @Test("an event on a new day changes the pictures whose window holds it, and only those keys")
  func eventOnNewDay() throws {
    let before = try Self.fingerprints(Fixtures.corpus())
    for (day, near) in [("2024-01-10", false), ("2025-06-05", true)] {
      var corpus = Fixtures.corpus()
      corpus.timeline.append(
        TimelineEntry(
          id: "\(day)-statement-new", date: Fixtures.date(day),
          text: "A statement.", kind: .statement, parties: ["ukraine"], places: [],
          sources: [
            EventSource(article: "prisoner-exchange", event: "e9", sentence: 1, text: "A sentence.")
          ]))
      let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
      // The talks' picture spans its own dates (June 2025): a day far off is not on it.
      #expect(changed.contains(Self.talks) == near, "\(day)")
    }
  }

  @Test("a renamed party, a renamed parent, a new role: pages naming them change")
  func partyChanges() throws {
    let base = Fixtures.corpus()
    let before = try Self.fingerprints(base)
    for change in 0..<3 {
      var corpus = base
      let i: Int
      switch change {
      case 0:
        i = corpus.parties.firstIndex { $0.id == "ukraine" }!
        corpus.parties[i].name = "Ukraine (renamed)"
      case 1:
        i = corpus.parties.firstIndex { $0.id == "russia" }!
        corpus.parties[i].name = "Russian Federation"
      default:
        i = corpus.parties.firstIndex { $0.id == "dmitry-peskov" }!
        corpus.parties[i].role = "press secretary"
      }
      let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
      #expect(changed.contains(Self.talks), "change \(change)")
    }
  }

  @Test("the site's title changes every page's key")
  func siteTitle() throws {
    var config = Fixtures.config
    let before = try Self.fingerprints(Fixtures.corpus())
    config.title = "Another title"
    let after = try Self.fingerprints(Fixtures.corpus(), config: config)
    let changed = KeyChecks.expectKeysFollowModels(before, after)
    // A briefing's JSON shows nothing of the site: only its source decides it.
    #expect(changed == Set(before.keys.filter { $0.hasSuffix(".html") }))
  }

  @Test("a timeline split into pages moves events' links, and the keys follow")
  func paging() throws {
    let corpus = Fixtures.corpus()
    let whole = try Self.fingerprints(corpus, limit: 200)
    let paged = try Self.fingerprints(corpus, limit: 2)
    let changed = KeyChecks.expectKeysFollowModels(whole, paged)
    #expect(changed.contains(Self.talks))
  }

  @Test("an entry merged from another article's event changes the pages of both")
  func mergedEntry() throws {
    var corpus = Fixtures.corpus()
    let before = try Self.fingerprints(corpus)
    // The entry the talks' first event belongs to gets a new id, as when a merge renames it.
    let key = corpus.timeline.firstIndex {
      $0.sources.contains { $0.article == "istanbul-talks" && $0.event == "e1" }
    }!
    corpus.timeline[key].id += "-merged"
    let changed = KeyChecks.expectKeysFollowModels(before, try Self.fingerprints(corpus))
    #expect(changed.contains(Self.talks))
  }
}
