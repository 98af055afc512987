import BriefingModels
import Testing

@testable import BriefingSite

/// Each summary line links to the sentence it was taken from, also when the summary named the
/// person an opening "He" stood for ("He said …" → "Dmitry Peskov said …").
@Suite("Summary lines link to their sentence")
struct SummaryLinkTests {
  static let sentences = [
    "Delegations from Russia and Ukraine met in Istanbul on Monday, June 2.",
    "He said the talks had been constructive and would go on.",
    "The next round is planned for June 16.",
  ]

  @Test("a line as written, and a line whose pronoun was replaced by a name")
  func sentenceOfLine() {
    #expect(SitePlanner.sentence(ofSummaryLine: Self.sentences[0], in: Self.sentences) == 0)
    #expect(
      SitePlanner.sentence(
        ofSummaryLine: "Dmitry Peskov said the talks had been constructive and would go on.",
        in: Self.sentences) == 1)
    #expect(
      SitePlanner.sentence(ofSummaryLine: "Something else entirely.", in: Self.sentences) == nil)
  }

  @Test("the briefing page links the named line to sentence 2")
  func briefingPage() throws {
    var corpus = Fixtures.corpus()
    corpus.briefings[0].sentences[1] = Self.sentences[1]
    corpus.briefings[0].summary = [
      corpus.briefings[0].sentences[0],
      "Dmitry Peskov said the talks had been constructive and would go on.",
    ]
    let html = try SiteBuild(corpus: corpus).text(
      "briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html")
    let line = try #require(
      html.range(of: "Dmitry Peskov said the talks had been constructive and would go on."))
    let after = html[line.upperBound...].prefix(200)
    #expect(after.contains("#s2"))
  }
}
