import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// A statement whose speaker no party stands for ("local officials"): its briefing page names
/// the speaker as plain, escaped text, and no party page, link or count is made of it.
@Suite("A speaker no party stands for")
struct UnlinkedSpeakerTests {
  static func corpus() throws -> Corpus {
    var corpus = Fixtures.corpus()
    let i = try #require(corpus.briefings.firstIndex { $0.article.id == "istanbul-talks" })
    corpus.briefings[i].statements.append(
      Statement(
        party: "", cue: "said", stance: .assert, text: "the road would reopen", sentence: 1,
        speakerText: "Local <b>officials</b>"))
    return corpus
  }

  @Test("the briefing page shows the words, escaped and unlinked; no party page is made")
  func shownAsText() throws {
    let plain = try SiteBuild()
    let site = try SiteBuild(corpus: Self.corpus())
    let page = site.text("briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html")
    #expect(
      page.contains(
        ##"<strong>Local &lt;b&gt;officials&lt;/b&gt;</strong>: <a href="#s2">said</a>"##))
    #expect(!page.contains("<b>officials"))
    #expect(!page.contains("href=\"../../parties//"))
    let partyPages = { (s: SiteBuild) in s.pages.map(\.path).filter { $0.hasPrefix("parties/") } }
    #expect(partyPages(site) == partyPages(plain))
    #expect(site.text("parties/index.html") == plain.text("parties/index.html"))
  }
}
