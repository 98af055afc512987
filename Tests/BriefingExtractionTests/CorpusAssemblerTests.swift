import BriefingModels
import Testing

@testable import BriefingExtraction

@Suite("Corpus assembly")
struct CorpusAssemblerTests {
  @Test("two reports of the same event become one timeline entry with two sources")
  func mergesReports() throws {
    let g = try Gazetteer.builtIn()
    let extractor = Extractor(gazetteer: g)
    let a = extractor.extract(
      Seed.article(
        "Russia and Ukraine exchanged prisoners of war on June 9 at the Belarusian border.", id: "a"
      ))
    let b = extractor.extract(
      Seed.article(
        "On June 9, Kyiv and Moscow swapped hundreds of prisoners, officials in Kyiv said.", id: "b"
      ))
    let c = extractor.extract(Seed.article("Ukraine struck a Russian air base on June 9.", id: "c"))
    let corpus = CorpusAssembler(gazetteer: g).assemble([a, b, c])
    let exchanges = corpus.timeline.filter { $0.kind == .exchange }
    #expect(exchanges.count == 1)
    #expect(Set(exchanges.first?.sources.map(\.article) ?? []) == ["a", "b"])
    #expect(corpus.timeline.contains { $0.kind == .attack && $0.sources.map(\.article) == ["c"] })
  }

  @Test("one registry: aliases united across articles, parents kept and added")
  func registry() throws {
    let g = try Gazetteer.builtIn()
    let extractor = Extractor(gazetteer: g)
    let corpus = CorpusAssembler(gazetteer: g).assemble([
      extractor.extract(Seed.article("Moscow denied it.", id: "a")),
      extractor.extract(Seed.article("The Russian Federation and the Kremlin denied it.", id: "b")),
    ])
    let russia = try #require(corpus.parties.first { $0.id == "russia" })
    #expect(Set(russia.aliases) == ["Moscow", "Russian Federation"])
    #expect(corpus.parties.first { $0.id == "kremlin" }?.parent == "russia")
    #expect(corpus.parties.map(\.id) == corpus.parties.map(\.id).sorted())
  }

  @Test("the timeline is in date order across precisions")
  func order() {
    #expect(TimelineMerger.sortKey("2025-06") < TimelineMerger.sortKey("2025-06-02"))
    #expect(TimelineMerger.sortKey("2025-W23") < TimelineMerger.sortKey("2025-06-09"))
    #expect(TimelineMerger.sortKey("2025-W23") > TimelineMerger.sortKey("2025-06-01"))
    #expect(TimelineMerger.sortKey("2022-SP") < TimelineMerger.sortKey("2022-07"))
  }
}
