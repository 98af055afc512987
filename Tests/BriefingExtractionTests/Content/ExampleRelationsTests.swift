import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation
import Testing

/// What the relation finder reads from the example site's articles: the edges a reader of them
/// would draw, and none of the tempting wrong ones.
@Suite struct ExampleRelationsTests {
  static let relations: [Relation] = {
    let loaded = ContentLoader(
      reader: ArticleReader(today: CalendarDate(year: 2026, month: 1, day: 1)!)
    ).load(
      contentDirectory: ExampleContentTests.repositoryRoot.appendingPathComponent("content"),
      displayRoot: "content")
    let gazetteer = (try? Gazetteer.builtIn())!.extended(with: loaded.parties)
    let extractor = Extractor(gazetteer: gazetteer)
    let briefings = loaded.articles.map(extractor.extract)
    return CorpusAssembler(gazetteer: gazetteer).assemble(briefings).relations
  }()

  static func edge(_ from: String, _ kind: Relation.Kind, _ to: String) -> Relation? {
    relations.first { $0.from == from && $0.kind == kind && $0.to == to }
  }

  @Test func russiaAndUkraineMetAtTheIstanbulTalks() throws {
    let met = try #require(Self.edge("russia", .met, "ukraine"))
    // "On Monday, June 2, a second round of negotiations … took place in Istanbul".
    #expect(met.evidence.contains { $0.article == "seed-istanbul-talks" && $0.sentence == 3 })
    #expect(met.evidence.count >= 5)
  }

  @Test func accusationsAndDemandsGoFromWhoMadeThem() {
    // "He said Moscow was ready … and accused Kyiv of slowing the process."
    #expect(Self.edge("vladimir-medinsky", .accused, "ukraine") != nil)
    // "Russia accused Ukraine of failing to turn up for a handover on June 7".
    #expect(Self.edge("russia", .accused, "ukraine") != nil)
    // "He called on Kyiv to keep the promises made in Istanbul".
    #expect(Self.edge("vladimir-medinsky", .demanded, "ukraine") != nil)
    #expect(Self.edge("russia", .agreed, "ukraine") != nil)
  }

  @Test func noEdgeFromWordsThatNameSomeoneElse() {
    // "Türkiye, a NATO member …": NATO met no one.
    #expect(!Self.relations.contains { $0.from == "nato" || $0.to == "nato" })
    // "accused European governments of pushing Kyiv to reject it": no accusation of Ukraine.
    let lavrov = Self.edge("sergei-lavrov", .accused, "ukraine")
    #expect(!(lavrov?.evidence.contains { $0.text.contains("European governments") } ?? false))
    // "Ukraine's allies in Europe have urged Moscow …": a demand of Ukraine's allies.
    #expect(Self.edge("ukraine", .demanded, "russia") == nil)
    // "According to Fidan, the sides agreed …": Fidan reports the agreement, is no party to it.
    #expect(
      !Self.relations.contains { $0.kind == .agreed && [$0.from, $0.to].contains("hakan-fidan") })
  }
}
