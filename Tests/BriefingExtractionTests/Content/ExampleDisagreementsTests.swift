import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation
import Testing

/// What the example site's articles disagree on. They agree on every date and count they
/// share (the exchanges of 9, 10 and 12 June, 1,212 bodies, 27 soldiers, 6,000 offered), and
/// disagree on one thing: who failed the handover of 7 June. Russian officials and Vostok
/// Daily say Kyiv failed to turn up or postponed it; Ukraine's Coordination Headquarters says
/// no date had been agreed.
@Suite struct ExampleDisagreementsTests {
  static let corpus: Corpus = {
    let g = try! Gazetteer.builtIn()
    let loaded = ContentLoader(
      reader: ArticleReader(today: CalendarDate(year: 2026, month: 1, day: 1)!)
    ).load(
      contentDirectory: ExampleContentTests.repositoryRoot.appendingPathComponent("content"),
      displayRoot: "content")
    let extractor = Extractor(gazetteer: g.extended(with: loaded.parties))
    return CorpusAssembler(gazetteer: g).assemble(loaded.articles.map(extractor.extract))
  }()

  @Test func theOnlyDisagreementIsWhoFailedTheHandoverOfSevenJune() throws {
    let found = Self.corpus.disagreements
    #expect(found.map(\.kind) == [.actor])
    let d = try #require(found.first)
    #expect(d.subject == "the exchange of 7 June 2025 (Russia blames Ukraine, which denies it)")
    let entries = Self.corpus.timeline.filter { d.entries.contains($0.id) }
    #expect(!entries.isEmpty && entries.allSatisfy { $0.date.value == "2025-06-07" })
  }

  @Test func theBlamingAndTheDenyingOutletsAreBothNamedWithTheirSentences() throws {
    let d = try #require(Self.corpus.disagreements.first)
    let byArticle = Dictionary(
      d.claims.map { ($0.article, $0) }, uniquingKeysWith: { a, _ in a })
    let vostok = try #require(byArticle["vostok-kyiv-fails-to-show"])
    #expect(vostok.source == "Vostok Daily")
    #expect(vostok.text.contains("unexpectedly postponed"))
    let ledger = try #require(byArticle["kyiv-ledger-coordination-hq-no-date"])
    #expect(ledger.source == "Kyiv Ledger")
    #expect(ledger.text.contains("no date for either had been agreed"))
    // Every claim's sentence is the article's own sentence.
    for c in d.claims {
      let b = try #require(Self.corpus.briefings.first { $0.article.id == c.article })
      #expect(b.sentences[c.sentence] == c.text)
    }
    // Six of the eleven articles take part; two of them report both sides.
    #expect(Set(d.claims.map(\.article)).count == 6)
  }
}
