import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// A party page keyed by what it shows (``PartyPageKeys``) must change whenever the page's
/// model would: each test changes a corpus the way an edit does and compares keys with the
/// fingerprints hashed from the models.
@Suite("Party pages keyed by what they show")
struct PartyPageKeyTests {
  typealias Prints = KeyChecks.Prints

  /// Party page path → (fingerprint from the model, key from what it shows).
  static func fingerprints(_ corpus: Corpus) throws -> Prints {
    let renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    let pages = renderer.plan(
      corpus: corpus, config: Fixtures.config,
      inputs: PageInputs(
        briefingSources: BriefingPageKeyTests.sources(corpus), corpus: "the same corpus"))
    var result: Prints = [:]
    for page in pages where page.path.hasPrefix("parties/") && page.path != "parties/index.html" {
      result[page.path] = (try #require(page.prepared().fingerprint), try #require(page.key))
    }
    return result
  }

  static func check(
    _ change: (inout Corpus) -> Void, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws -> Set<String>
  {
    let base = TimelineFilterTests.longCorpus()
    var corpus = base
    change(&corpus)
    return KeyChecks.expectKeysFollowModels(
      try fingerprints(base), try fingerprints(corpus), sourceLocation: sourceLocation)
  }

  static let peskov = "parties/dmitry-peskov/index.html"
  static let russia = "parties/russia/index.html"

  @Test("an edited statement changes its party's page and leaves unrelated parties alone")
  func statement() throws {
    let changed = try Self.check { c in
      let i = c.briefings.firstIndex { $0.article.id == "istanbul-talks" }!
      let s = c.briefings[i].statements.firstIndex { $0.party == "dmitry-peskov" }!
      c.briefings[i].statements[s].text = "the talks were useful"
    }
    #expect(changed.contains(Self.peskov))
    // A party the edited briefing does not name.
    #expect(!changed.contains("parties/script-front/index.html"))
  }

  @Test("a briefing's new title changes the pages of the parties it names")
  func briefingTitle() throws {
    let changed = try Self.check { c in
      let i = c.briefings.firstIndex { $0.article.id == "istanbul-talks" }!
      c.briefings[i].article.title = "Talks in Istanbul, updated"
    }
    #expect(changed.contains(Self.peskov))
  }

  @Test("renamed parties, new roles, a new description: the pages showing them change")
  func parties() throws {
    for change in 0..<4 {
      let changed = try Self.check { c in
        switch change {
        case 0: c.parties[c.parties.firstIndex { $0.id == "russia" }!].name = "Russian Federation"
        case 1: c.parties[c.parties.firstIndex { $0.id == "ukraine" }!].name = "Ukraine (renamed)"
        case 2: c.parties[c.parties.firstIndex { $0.id == "turkey" }!].description = "Host."
        default: c.parties[c.parties.firstIndex { $0.id == "russia" }!].aliases.append("RF")
        }
      }
      #expect(!changed.isEmpty, "change \(change)")
    }
  }

  @Test("an added event, an event's new text: the pages of its parties change")
  func events() throws {
    let added = try Self.check { c in
      c.timeline.append(
        TimelineEntry(
          id: "added", date: Fixtures.date("2025-12-14"), text: "An added meeting.",
          kind: .meeting, parties: ["russia", "turkey"], places: [],
          sources: [
            EventSource(article: "summer-outlook", event: "e1", sentence: 0, text: "A sentence.")
          ]))
    }
    #expect(added.contains(Self.russia))
    let edited = try Self.check { c in
      let i = c.timeline.firstIndex { $0.id == "long-110" }!
      c.timeline[i].text = "Event number 110, corrected."
    }
    #expect(edited.contains(Self.russia))
  }

  @Test("a new relation, more sentences behind one: the pages of both its parties change")
  func relations() throws {
    let added = try Self.check { c in
      c.relations.append(
        Relation(
          from: "dmitry-peskov", to: "turkey", kind: .demanded,
          evidence: [RelationEvidence(article: "istanbul-talks", sentence: 1, text: "A sentence.")])
      )
    }
    #expect(added.contains(Self.peskov))
    #expect(added.contains("parties/turkey/index.html"))
    #expect(!added.contains("parties/script-front/index.html"))
    let more = try Self.check { c in
      c.relations[0].evidence.append(
        RelationEvidence(article: "summer-outlook", sentence: 0, text: "A sentence."))
    }
    #expect(more.contains(Self.russia))
    #expect(more.contains("parties/ukraine/index.html"))
  }
}
