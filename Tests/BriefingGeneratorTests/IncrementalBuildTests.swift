import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation
import Testing

@testable import BriefingGenerator

/// A second build renders and writes only what changed, removes only its own stale files,
/// and reuses cached extractions.
@Suite struct IncrementalBuildTests {
  @Test func firstBuildWritesEveryPageAndAManifest() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    try site.article("exchange", title: "Exchange")
    let report = try site.generator().generate()
    #expect(report.articles == 2)
    #expect(report.pages == 3)
    #expect(report.written == 3)
    #expect(report.unchanged == 0)
    #expect(report.summary.hasPrefix("2 articles → 3 pages in "))
    #expect(report.summary.hasSuffix("(written 3, unchanged 0, removed 0)"))
    #expect(report.timings.map(\.step) == BuildStep.allCases)
    let page = try String(
      contentsOf: site.output.appendingPathComponent("briefings/talks/index.html"), encoding: .utf8)
    #expect(page == "Talks\nTalks resumed on Monday.\n")
    #expect(
      FileManager.default.fileExists(
        atPath: site.output.appendingPathComponent(".briefing-manifest.json").path))
    #expect(
      !FileManager.default.fileExists(
        atPath: site.output.appendingPathComponent(".briefing-staging").path))
  }

  /// `briefing generate` leaves what a build made to the process's exit (`LeftToExit`).
  @Test func aBuildLeavingItsValuesToTheExitWritesWhatAFreeingBuildWrites() throws {
    var outputs: [[String: Data?]] = []
    for frees in [true, false] {
      let site = try TestSite()
      // A build that leaves its values to the exit keeps the site alive: remove it by hand.
      defer { site.remove() }
      try site.article("talks", title: "Talks")
      try site.article("exchange", title: "Exchange")
      var generator = site.generator()
      generator.options.freesMemory = frees
      _ = try generator.generate()
      try site.article("talks", title: "Talks, resumed")
      let report = try generator.generate()
      #expect(report.written == 2)
      outputs.append(site.snapshot().mapValues(\.bytes))
    }
    #expect(outputs[0] == outputs[1])
    #expect(
      outputs[0]["briefings/talks/index.html"]
        == Data("Talks, resumed\nTalks resumed on Monday.\n".utf8))
  }

  @Test func anUnchangedSiteIsNeitherRenderedNorWritten() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    _ = try site.generator().generate()
    let before = site.snapshot()
    let rendersBefore = site.renders
    let report = try site.generator().generate()
    #expect(site.renders == rendersBefore)
    #expect(report.written == 0)
    #expect(report.unchanged == 2)
    #expect(report.rendered == 0)
    #expect(site.snapshot() == before)  // not even the manifest is rewritten
  }

  @Test func aChangedArticleRewritesOnlyItsPages() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    try site.article("exchange", title: "Exchange")
    _ = try site.generator().generate()
    let before = site.snapshot()
    try site.article("exchange", title: "Exchange", body: "The exchange was postponed.")
    let report = try site.generator().generate()
    #expect(report.written == 1)
    #expect(report.rendered == 1)
    let after = site.snapshot()
    #expect(after["briefings/talks/index.html"] == before["briefings/talks/index.html"])
    #expect(after["index.html"] == before["index.html"])
    #expect(after["briefings/exchange/index.html"] != before["briefings/exchange/index.html"])
  }

  @Test func staleFilesAreRemovedButForeignFilesAreKept() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    try site.article("exchange", title: "Exchange")
    try site.write(".gitkeep", "", in: site.output)
    try site.write("CNAME", "briefing.example", in: site.output)
    _ = try site.generator().generate()
    try FileManager.default.removeItem(at: site.content.appendingPathComponent("exchange.md"))
    let report = try site.generator().generate()
    #expect(report.removed == 1)
    let files = Set(site.snapshot().keys)
    #expect(!files.contains("briefings/exchange/index.html"))
    #expect(!files.contains("briefings/exchange"))
    #expect(
      files.isSuperset(of: [".gitkeep", "CNAME", "index.html", "briefings/talks/index.html"]))
  }

  @Test func aStaleFileEditedByHandIsLeftWithAWarning() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    try site.article("exchange", title: "Exchange")
    _ = try site.generator().generate()
    try site.write("briefings/exchange/index.html", "my notes", in: site.output)
    try FileManager.default.removeItem(at: site.content.appendingPathComponent("exchange.md"))
    let report = try site.generator().generate()
    #expect(report.removed == 0)
    #expect(report.warnings.map(\.problem) == [.changedByHand])
    #expect(
      FileManager.default.fileExists(
        atPath: site.output.appendingPathComponent("briefings/exchange/index.html").path))
  }

  @Test func aFileTheGeneratorDidNotWriteIsNeverOverwritten() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    try site.write("index.html", "hand-made home page", in: site.output)
    let before = site.snapshot()
    #expect(throws: BuildError.self) { try site.generator().generate() }
    #expect(site.snapshot() == before)
  }

  @Test func extractionsAreCachedByContentAndInvalidatedByTheKey() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    try site.article("exchange", title: "Exchange")
    _ = try site.generator().generate()
    #expect(site.extractions == 2)
    let second = try site.generator().generate()
    #expect(site.extractions == 2)
    #expect(second.cachedExtractions == 2)
    try site.article("talks", title: "Talks", body: "Changed.")
    _ = try site.generator().generate()
    #expect(site.extractions == 3)
    site.cacheKey = "k2"
    _ = try site.generator().generate()
    #expect(site.extractions == 5)
    let entries = try FileManager.default.contentsOfDirectory(
      atPath: site.root.appendingPathComponent(".briefing-cache").path)
    #expect(
      entries.sorted()
        == [ExtractionCache.packName, ContentLoader.readingCacheName, ContributionStore.fileName]
        .sorted())
    #expect(site.cachePack().recordCount == 2)
  }
}
