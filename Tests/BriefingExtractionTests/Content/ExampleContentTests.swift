import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation
import Testing

/// The example site in `content/` is read without errors, in both article forms, and every
/// article gets the date a reader would give it (the dates the gold set in Evaluation/gold uses).
@Suite struct ExampleContentTests {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  let loaded = ContentLoader(
    reader: ArticleReader(today: CalendarDate(year: 2026, month: 1, day: 1)!)
  ).load(
    contentDirectory: ExampleContentTests.repositoryRoot.appendingPathComponent("content"),
    displayRoot: "content")

  /// Path → (date, where the date came from).
  static let expected: [String: (String, Article.DateOrigin)] = [
    "content/2025/2025-06-05-lavrov-peskov-memorandum.txt": ("2025-06-05", .fileName),
    "content/2025/june/2025-06-02-meridian-istanbul-second-round.md": ("2025-06-02", .frontMatter),
    "content/2025/june/2025-06-12-meridian-bodies-third-stage.md": ("2025-06-12", .frontMatter),
    "content/2025/june/analysis-two-memoranda.md": ("2025-06-04", .frontMatter),
    "content/2025/june/protection-desk-note-exchanges.md": ("2025-06-11", .frontMatter),
    "content/2025/june/vostok-kyiv-fails-to-show.md": ("2025-06-07", .frontMatter),
    "content/2025-06-03-bosphorus-herald-erdogan-offer.md": ("2025-06-03", .frontMatter),
    "content/2025-06-09-prisoner-exchange-first-stage.txt": ("2025-06-09", .fileName),
    "content/kyiv-ledger-coordination-hq-no-date.md": ("2025-06-08", .frontMatter),
    "content/second-stage-exchange.txt": ("2025-06-10", .text),
    "content/seed-istanbul-talks.txt": ("2025-06-02", .text),
  ]

  @Test func readsWithoutErrorsOrWarnings() {
    #expect(loaded.errors.map(\.description) == [])
    #expect(loaded.warnings.map(\.description) == [])
  }

  @Test func everyArticleIsFoundAndDatedAsTheGoldSetDatesIt() {
    #expect(loaded.articles.map(\.meta.path).sorted() == Self.expected.keys.sorted())
    for article in loaded.articles {
      let want = Self.expected[article.meta.path]
      #expect(article.meta.published == want?.0, "\(article.meta.path)")
      #expect(article.dateOrigin == want?.1, "\(article.meta.path)")
    }
  }

  @Test func bothFormsArePresent() {
    let formats = loaded.articles.map(\.format)
    #expect(formats.filter { $0 == .markdown }.count >= 6)
    #expect(formats.filter { $0 == .text }.count >= 3)
    #expect(loaded.articles.allSatisfy { !$0.meta.title.isEmpty })
  }

  @Test func siteFileNamesThePagesTarget() {
    #expect(loaded.config.title == "Istanbul Talks Briefing")
    #expect(loaded.config.publish["pages"] == "git:../briefing-pages.git#gh-pages")
  }

  @Test func partiesFileCarriesTheEditorsEntries() {
    let byID = Dictionary(
      loaded.parties.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
    let headquarters = byID["ukrainian-coordination-headquarters"]
    #expect(headquarters?.parent == "ukraine")
    #expect(headquarters?.aliases.contains("Coordination Headquarters") == true)
    #expect(byID["vladimir-medinsky"]?.role == "head of the Russian delegation")
    #expect(byID["rustem-umerov"]?.kind == .person)
    #expect(byID["turkish-foreign-ministry"]?.parent == "turkey")
    #expect(byID["dmitry-peskov"]?.parent == "kremlin")
  }
}
