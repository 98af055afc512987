import BriefingIngest
import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction
@testable import BriefingGenerator

/// `generate` keeps each briefing's facts for relations and disagreements in
/// `.briefing-cache/facts.pack`: a briefing's facts are taken from it only while its source
/// and the parties' sides are unchanged, and the relations and disagreements are always the
/// ones an assembly from scratch gives.
@Suite("Each briefing's facts for relations and disagreements kept on disk")
struct FactsCacheTests {
  /// The example site's briefings (they hold relations and a disagreement) and its gazetteer.
  static let example: (briefings: [Briefing], gazetteer: Gazetteer) = {
    let loaded = ContentLoader(
      reader: ArticleReader(today: CalendarDate(year: 2026, month: 1, day: 1)!)
    ).load(
      contentDirectory: ResidentRebuildTests.repository.appendingPathComponent("content"),
      displayRoot: "content")
    let gazetteer = (try? Gazetteer.builtIn())!.extended(with: loaded.parties)
    return (loaded.articles.map(Extractor(gazetteer: gazetteer).extract), gazetteer)
  }()

  static func sources(_ briefings: [Briefing], edited: String? = nil) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: briefings.map {
        ($0.article.id, $0.article.id == edited ? "changed" : "s-" + $0.article.id)
      })
  }

  /// One build's assembly through the cache: the corpus and the briefings whose facts were
  /// taken from the pack and reused.
  static func build(
    _ briefings: [Briefing], _ sources: [String: String], in directory: URL, key: String = "k",
    gazetteer: Gazetteer = example.gazetteer
  ) -> (corpus: Corpus, loaded: Set<String>, reused: Int) {
    var cache = FactsCache(directory: directory, key: key, sources: sources)!
    let memory = cache.memory()
    let corpus = CorpusAssembler(gazetteer: gazetteer).assemble(briefings, facts: memory)
    cache.save(memory)
    return (corpus, cache.loaded, memory.lastReused)
  }

  static func cold(_ briefings: [Briefing], gazetteer: Gazetteer = example.gazetteer) -> Corpus {
    CorpusAssembler(gazetteer: gazetteer).assemble(briefings)
  }

  static func temporaryDirectory() -> URL {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("facts-cache-\(UUID().uuidString)")
  }

  @Test("a second build takes every briefing's facts; an edit reads only its briefing again")
  func reusesUnchangedBriefings() throws {
    let directory = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var briefings = Self.example.briefings
    let ids = Set(briefings.map(\.article.id))
    let cold = Self.cold(briefings)
    #expect(!cold.relations.isEmpty && !cold.disagreements.isEmpty)

    let first = Self.build(briefings, Self.sources(briefings), in: directory)
    #expect(first.loaded.isEmpty && first.reused == 0)
    #expect(first.corpus == cold)

    let second = Self.build(briefings, Self.sources(briefings), in: directory)
    #expect(second.loaded == ids && second.reused == ids.count)
    #expect(second.corpus == cold)

    // The blamed side's denial taken out of one briefing: the disagreement goes away.
    let edited = try #require(
      briefings.firstIndex { $0.article.id == "kyiv-ledger-coordination-hq-no-date" })
    briefings[edited].statements.removeAll { $0.stance == .deny }
    let sources = Self.sources(briefings, edited: briefings[edited].article.id)
    let third = Self.build(briefings, sources, in: directory)
    #expect(third.loaded == ids.subtracting([briefings[edited].article.id]))
    #expect(third.corpus == Self.cold(briefings))
    #expect(third.corpus.disagreements != cold.disagreements)

    // Another key (another tool build, other parties): nothing is taken.
    let rekeyed = Self.build(briefings, sources, in: directory, key: "other")
    #expect(rekeyed.loaded.isEmpty)
    #expect(rekeyed.corpus == third.corpus)
  }

  @Test("a torn pack (a build killed while appending) gives only its whole records")
  func tornPack() throws {
    let directory = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let briefings = Self.example.briefings
    _ = Self.build(briefings, Self.sources(briefings), in: directory)
    let pack = directory.appendingPathComponent(FactsCache.packName)
    let bytes = try Data(contentsOf: pack)
    try bytes.prefix(bytes.count - 40).write(to: pack)
    let torn = Self.build(briefings, Self.sources(briefings), in: directory)
    #expect(torn.loaded.count < briefings.count)
    #expect(torn.corpus == Self.cold(briefings))
    // The torn pack was rewritten whole.
    let again = Self.build(briefings, Self.sources(briefings), in: directory)
    #expect(again.loaded.count == briefings.count)
  }

  @Test("facts read under other sides of the parties are read again")
  func otherSides() throws {
    let briefings = Self.example.briefings
    let sources = Self.sources(briefings)
    // A memory that vouches for facts read under no parents at all, all of them empty.
    let memory = FactsMemory()
    memory.sources = sources
    memory.last = FactsMemory.Last(
      sides: PartySides([]),
      facts: sources.mapValues {
        FactsMemory.Kept(
          source: $0,
          facts: BriefingFacts(
            Briefing(
              article: ArticleMeta(
                id: "x", path: "x.md", title: "x")), sides: PartySides([])))
      })
    let corpus = CorpusAssembler(gazetteer: Self.example.gazetteer).assemble(
      briefings, facts: memory)
    #expect(memory.lastReused == 0)
    #expect(corpus == Self.cold(briefings))
    #expect(memory.last.sides == PartySides(corpus.parties))
  }
}
