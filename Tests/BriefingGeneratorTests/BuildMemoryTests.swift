import BriefingModels
import Foundation
import Testing

@testable import BriefingGenerator

/// Builds that share a `BuildMemory` (as `briefing preview` does) extract only what changed,
/// make exactly the site a build without memory makes, and leave the caches on disk complete.
@Suite struct BuildMemoryTests {
  /// Three articles.
  func site() throws -> TestSite {
    let site = try TestSite()
    for slug in ["talks", "exchange", "ceasefire"] {
      try site.article(slug, title: slug.capitalized)
    }
    return site
  }

  func generator(_ site: TestSite, _ memory: BuildMemory?) -> SiteGenerator {
    var options = site.options()
    options.memory = memory
    return SiteGenerator(options: options, stages: site.stages)
  }

  @Test func aRebuildExtractsOnlyTheEditedArticle() throws {
    let site = try site()
    let memory = BuildMemory()
    _ = try generator(site, memory).generate()
    #expect(site.extractions == 3)
    try site.article("exchange", title: "Exchange", body: "The exchange was postponed.")
    let report = try generator(site, memory).generate()
    #expect(site.extractions == 4)
    #expect(report.cachedExtractions == 2)
    // Readings are remembered (taken back only once the files are older than the racy
    // window of a build's start, see ReadingMemoryTests).
    #expect(memory.readings.count == 3)
    #expect(report.written == 1)  // the edited briefing; the index shows titles only
  }

  @Test func theSiteIsTheOneABuildWithoutMemoryMakes() throws {
    let site = try site()
    let other = try self.site()
    let memory = BuildMemory()
    _ = try generator(site, memory).generate()
    for s in [site, other] {
      try s.article("exchange", title: "Exchange", body: "The exchange was postponed.")
      try s.write("truce.md", "---\ntitle: Truce\ndate: 2025-06-03\n---\nA truce held.\n")
      try FileManager.default.removeItem(at: s.content.appendingPathComponent("talks.md"))
    }
    _ = try generator(site, memory).generate()
    _ = try generator(other, nil).generate()
    #expect(site.snapshot().mapValues(\.bytes) == other.snapshot().mapValues(\.bytes))
  }

  @Test func theCachesOnDiskServeTheNextColdBuildWhole() throws {
    let site = try site()
    let memory = BuildMemory()
    _ = try generator(site, memory).generate()
    _ = try generator(site, memory).generate()
    try site.article("exchange", title: "Exchange", body: "The exchange was postponed.")
    _ = try generator(site, memory).generate()
    let cold = try generator(site, nil).generate()
    #expect(cold.cachedExtractions == 3)
    #expect(site.cachePack().records.count >= 3)
  }

  @Test func aRemovedOrHandEditedOutputIsNotTakenFromMemory() throws {
    let site = try site()
    let memory = BuildMemory()
    _ = try generator(site, memory).generate()
    try FileManager.default.removeItem(at: site.output)
    let rebuilt = try generator(site, memory).generate()
    #expect(rebuilt.written == rebuilt.pages)
    // A manifest written by someone else: memory's no longer describes output/.
    let manifest = site.output.appendingPathComponent(OutputManifest.fileName)
    try Data(try OutputManifest().encoded()).write(to: manifest)
    try site.write("index.html", "by hand", in: site.output)
    #expect(throws: BuildError.self) { try generator(site, memory).generate() }
  }

  @Test func anotherExtractionKeyExtractsAgain() throws {
    let site = try site()
    let memory = BuildMemory()
    _ = try generator(site, memory).generate()
    site.cacheKey = "k2"
    let report = try generator(site, memory).generate()
    #expect(report.cachedExtractions == 0)
    #expect(site.extractions == 6)
  }
}
