import BriefingModels
import Testing

@testable import BriefingSite

@Suite("Builds are byte-identical and fingerprints follow content")
struct DeterminismTests {
  @Test("two builds by two renderers give the same pages, bytes and fingerprints")
  func twice() throws {
    let a = try SiteBuild()
    let b = try SiteBuild()
    #expect(a.pages.map(\.path) == b.pages.map(\.path))
    #expect(a.pages.map(\.fingerprint) == b.pages.map(\.fingerprint))
    #expect(a.files == b.files)
  }

  @Test("a changed article changes its page's fingerprint and leaves unrelated pages alone")
  func fingerprints() throws {
    var corpus = Fixtures.corpus()
    corpus.briefings[2].sentences[0] = "Talks may resume in August."
    let a = try SiteBuild()
    let b = try SiteBuild(corpus: corpus)
    func fp(_ site: SiteBuild, _ path: String) -> String? {
      site.pages.first { $0.path == path }?.fingerprint
    }
    #expect(
      fp(a, "briefings/summer-outlook/index.html") != fp(b, "briefings/summer-outlook/index.html"))
    #expect(
      fp(a, "briefings/istanbul-talks/index.html") == fp(b, "briefings/istanbul-talks/index.html"))
    #expect(fp(a, "parties/dmitry-peskov/index.html") == fp(b, "parties/dmitry-peskov/index.html"))
  }
}
