import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction
@testable import BriefingGenerator

/// `generate` keeps the date rule's verdicts in `.briefing-cache/dates.pack`: a pair of
/// timeline entries compared last time is not compared again, and the disagreements are
/// always the ones an assembly from scratch gives.
@Suite("The date rule's verdicts kept on disk")
struct DateRuleCacheTests {
  static let gazetteer = try! Gazetteer.builtIn()

  static func report(_ body: String, id: String, published: String) -> Briefing {
    Extractor(gazetteer: gazetteer).extract(
      Article(
        meta: ArticleMeta(
          id: id, path: "\(id).txt", title: "Title of \(id)", published: published,
          source: "Outlet \(id)"),
        body: body, format: .text))
  }

  /// One exchange dated June 7, June 8 and June 9 by three outlets; a strike the day after.
  static let briefings = [
    report(
      "Russia and Ukraine exchanged 1,000 prisoners of war at the Belarusian border on June 7.",
      id: "north", published: "2025-06-08"),
    report(
      "Russia and Ukraine exchanged 1,000 prisoners of war at the Belarusian border on June 8.",
      id: "south", published: "2025-06-09"),
    report(
      "Russia and Ukraine exchanged 1,000 prisoners of war at the Belarusian border on June 9.",
      id: "west", published: "2025-06-10"),
    report(
      "A Russian drone attack on Odesa on June 8 killed 3 civilians, the governor said.",
      id: "strike", published: "2025-06-09"),
  ]

  static func sources(_ briefings: [Briefing]) -> [String: String] {
    Dictionary(uniqueKeysWithValues: briefings.map { ($0.article.id, "s-" + $0.article.id) })
  }

  /// One build's assembly through the cache: the corpus and how many pairs were taken.
  static func build(
    _ briefings: [Briefing], _ sources: [String: String], in directory: URL, key: String = "k"
  ) -> (corpus: Corpus, reused: Int) {
    let cache = DateRuleCache(directory: directory, key: key)!
    let memory = cache.memory(sources: sources)
    let corpus = CorpusAssembler(gazetteer: gazetteer).assemble(briefings, dates: memory)
    cache.save(memory)
    return (corpus, memory.lastReused)
  }

  static func cold(_ briefings: [Briefing]) -> Corpus {
    CorpusAssembler(gazetteer: gazetteer).assemble(briefings)
  }

  static func temporaryDirectory() -> URL {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("dates-cache-\(UUID().uuidString)")
  }

  @Test("a second build takes every verdict; an edit compares only its entries' pairs again")
  func reusesUnchangedPairs() throws {
    let directory = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var briefings = Self.briefings
    let cold = Self.cold(briefings)
    let dated = try #require(cold.disagreements.first { $0.kind == .date })
    #expect(Set(dated.claims.map(\.article)) == ["north", "south", "west"])

    let first = Self.build(briefings, Self.sources(briefings), in: directory)
    #expect(first.reused == 0)
    #expect(first.corpus == cold)

    // June 7–8, 7–9 and 8–9 (exchanges), none with the strike (another kind).
    let second = Self.build(briefings, Self.sources(briefings), in: directory)
    #expect(second.reused == 3)
    #expect(second.corpus == cold)

    // "south" now says June 10: its entry changed, so only north–west is taken again.
    briefings[1] = Self.report(
      "Russia and Ukraine exchanged 1,000 prisoners of war at the Belarusian border on June 10.",
      id: "south", published: "2025-06-11")
    var sources = Self.sources(briefings)
    sources["south"] = "changed"
    let third = Self.build(briefings, sources, in: directory)
    #expect(third.reused == 1)
    #expect(third.corpus == Self.cold(briefings))
    #expect(third.corpus.disagreements != cold.disagreements)

    // An article without a source is compared afresh and the rest still match a cold build.
    sources["west"] = nil
    let unknown = Self.build(briefings, sources, in: directory)
    #expect(unknown.corpus == Self.cold(briefings))

    // Another key (another tool build, other parties): nothing is taken.
    let rekeyed = Self.build(briefings, Self.sources(briefings), in: directory, key: "other")
    #expect(rekeyed.reused == 0)
  }

  @Test("an entry found to be no other's happening last time is still paired with a new one")
  func newReportJoinsAnEntryComparedBefore() throws {
    let directory = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // The June 7 exchange and the strike: compared, and no pair is one happening.
    var briefings = [Self.briefings[0], Self.briefings[3]]
    let first = Self.build(briefings, Self.sources(briefings), in: directory)
    #expect(first.corpus == Self.cold(briefings))
    #expect(!first.corpus.disagreements.contains { $0.kind == .date })

    // A new outlet dates the exchange June 8: its entry is new to the rule, and the June 7
    // entry's pair with it is compared, not taken as "two happenings" from memory.
    briefings.insert(Self.briefings[1], at: 1)
    let second = Self.build(briefings, Self.sources(briefings), in: directory)
    #expect(second.corpus == Self.cold(briefings))
    let dated = try #require(second.corpus.disagreements.first { $0.kind == .date })
    #expect(Set(dated.claims.map(\.article)) == ["north", "south"])

    // The third outlet's June 9 joins the pair found last time; the same as a cold build.
    briefings.insert(Self.briefings[2], at: 2)
    let third = Self.build(briefings, Self.sources(briefings), in: directory)
    #expect(third.reused == 1)
    #expect(third.corpus == Self.cold(briefings))

    // The June 8 report edited away: the June 7 entry, paired last time, is compared afresh.
    briefings[1] = Self.report(
      "A Russian drone attack on Kharkiv on June 8 killed 2 civilians, the mayor said.",
      id: "south", published: "2025-06-09")
    var sources = Self.sources(briefings)
    sources["south"] = "edited"
    let fourth = Self.build(briefings, sources, in: directory)
    #expect(fourth.corpus == Self.cold(briefings))
  }

  @Test("the stored verdicts read back as written; a damaged record gives none")
  func encoding() throws {
    let last = DateRuleMemory.Last(
      compared: [.init(1), .init(2), .init(.max)],
      same: [DateRuleMemory.Pair(.init(1), .init(2))])
    let bytes = DateRuleCache.encode(last)
    let back = try #require(DateRuleCache.decode(Data(bytes)))
    #expect(back.compared == last.compared && back.same == last.same)
    // The same verdicts are the same bytes (a rebuild with nothing new writes nothing).
    #expect(DateRuleCache.encode(back) == bytes)
    #expect(DateRuleCache.decode(Data(bytes.dropLast())) == nil)
    #expect(DateRuleCache.decode(Data(bytes + [0])) == nil)
  }
}
