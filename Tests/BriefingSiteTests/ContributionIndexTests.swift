import BriefingModels
import Testing

@testable import BriefingSite

/// The site index files statements, activity and briefings by party through the briefings'
/// contributions (party numbers, not names): what it files is what filing by name gives, and
/// does not depend on which numbers the store's table gave.
@Suite struct ContributionIndexTests {
  /// The fixture corpus with a statement aimed at another party and one with no party.
  static func corpus() -> Corpus {
    var corpus = Fixtures.corpus()
    let speaker = corpus.briefings[0].parties.first?.id ?? "russia"
    corpus.briefings[0].statements += [
      Statement(
        party: speaker, cue: "accused", stance: .accuse, text: "x", target: "target-only",
        sentence: 0),
      Statement(party: "", cue: "said", stance: .assert, text: "y", sentence: 0),
    ]
    return corpus
  }

  /// What each party's lookups hold, counted by name from the briefings.
  static func byName(_ index: SiteIndex) -> (
    activity: [String: Int], briefings: [String: [Int]], targeted: [String: [String: Int]],
    statements: [String: Int]
  ) {
    var activity: [String: Int] = [:]
    var briefings: [String: [Int]] = [:]
    var targeted: [String: [String: Int]] = [:]
    var statements: [String: Int] = [:]
    for (i, b) in index.briefingsByDate.enumerated() {
      for s in b.statements where s.hasParty {
        activity[s.party, default: 0] += 1
        statements[s.party, default: 0] += 1
        if let t = s.target, t != s.party { targeted[t, default: [:]][s.party, default: 0] += 1 }
      }
      for p in b.parties { activity[p.id, default: 0] += p.mentions.count }
      let named = Set(
        b.parties.map(\.id) + b.statements.filter(\.hasParty).map(\.party)
          + b.events.flatMap(\.parties))
      for id in named { briefings[id, default: []].append(i) }
    }
    for e in index.timeline {
      for id in Set(e.entry.parties) { activity[id, default: 0] += 1 }
    }
    return (activity, briefings, targeted, statements)
  }

  @Test("parties' statements, activity, briefings and targets are what filing by name gives")
  func sameAsByName() {
    let corpus = Self.corpus()
    let index = SiteIndex(corpus: corpus, config: Fixtures.config)
    let expected = Self.byName(index)
    #expect(!expected.targeted.isEmpty && !expected.statements.isEmpty)
    #expect(index.activity == expected.activity)
    #expect(index.briefingsByParty == expected.briefings)
    #expect(index.targetedBy == expected.targeted)
    #expect(index.statementsByParty.mapValues(\.count) == expected.statements)
    #expect(index.parties["target-only"]?.kind == .group)
  }

  @Test(
    "contributions numbered by another table (a store's, with strings of other builds) index the same"
  )
  func anyTable() {
    let corpus = Self.corpus()
    let plain = SiteIndex(corpus: corpus, config: Fixtures.config)
    var table = IdTable()
    for s in ["old-party", "zz", "Some Name"] + corpus.parties.map(\.id).reversed() {
      _ = table.id(s)
    }
    let shares = corpus.briefings.reversed().map { BriefingContribution($0, table: &table) }
    let stored = SiteIndex(
      corpus: corpus, config: Fixtures.config,
      contributions: Contributions(table: table, briefings: shares.reversed()))
    #expect(stored.activity == plain.activity)
    #expect(stored.briefingsByParty == plain.briefingsByParty)
    #expect(stored.targetedBy == plain.targetedBy)
    #expect(stored.parties == plain.parties)
    #expect(stored.children == plain.children)
    #expect(
      stored.statementsByParty.mapValues { $0.map { "\($0.article)#\($0.index)" } }
        == plain.statementsByParty.mapValues { $0.map { "\($0.article)#\($0.index)" } })
  }
}
