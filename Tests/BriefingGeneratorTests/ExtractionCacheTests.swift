import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation
import Testing

@testable import BriefingGenerator

/// The extraction cache is one pack file: results are reused by exact article, new ones are
/// appended, unused ones are dropped when they pile up, and a damaged pack is never trusted.
@Suite struct ExtractionCacheTests {
  private func packURL(_ site: TestSite) -> URL {
    site.cacheDirectory.appendingPathComponent(ExtractionCache.packName)
  }

  @Test func aRebuildReadsEveryExtractionFromOnePack() throws {
    let site = try TestSite()
    for i in 0..<5 { try site.article("a\(i)", title: "A\(i)") }
    _ = try site.generator().generate()
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: site.cacheDirectory.path).sorted()
        == [ExtractionCache.packName, ContentLoader.readingCacheName, ContributionStore.fileName]
        .sorted())
    #expect(site.cachePack().recordCount == 5)
    let again = try site.generator().generate()
    #expect(again.cachedExtractions == 5)
    #expect(site.extractions == 5)
  }

  @Test func anEditedArticleIsAppendedAndUnusedRecordsAreDroppedOncePilingUp() throws {
    let site = try TestSite()
    for i in 0..<8 { try site.article("a\(i)", title: "A\(i)") }
    _ = try site.generator().generate()
    let before = try Data(contentsOf: packURL(site))
    try site.article("a0", title: "A0", body: "Changed once.")
    _ = try site.generator().generate()
    // One new record at the end; the bytes before it are left as they were.
    let after = try Data(contentsOf: packURL(site))
    #expect(site.cachePack().recordCount == 9)
    #expect(after.count > before.count)
    #expect(after.prefix(before.count) == before)
    try site.article("a1", title: "A1", body: "Changed too.")
    try site.article("a2", title: "A2", body: "And this one.")
    _ = try site.generator().generate()
    // 3 unused records of 8 live ones: more than a quarter, so the pack is rewritten.
    #expect(site.cachePack().recordCount == 8)
    let again = try site.generator().generate()
    #expect(again.cachedExtractions == 8)
  }

  @Test(arguments: ["garbage", "truncated", "emptied"])
  func aDamagedPackIsIgnoredAndRebuilt(_ damage: String) throws {
    let site = try TestSite()
    for i in 0..<4 { try site.article("a\(i)", title: "A\(i)", body: "Talks \(i) resumed.") }
    let first = try site.generator().generate()
    let pristine = try Data(contentsOf: packURL(site))
    switch damage {
    case "garbage": try Data(repeating: 0x5A, count: pristine.count).write(to: packURL(site))
    case "truncated": try pristine.prefix(pristine.count - 10).write(to: packURL(site))
    default: try Data().write(to: packURL(site))
    }
    let second = try site.generator().generate()
    #expect(second.written == 0)  // the same site as before
    #expect(second.cachedExtractions == (damage == "truncated" ? 3 : 0))
    #expect(site.extractions == 4 + (damage == "truncated" ? 1 : 4))
    #expect(site.cachePack().isWhole)
    #expect(site.cachePack().recordCount == 4)
    #expect(first.pages == second.pages)
  }

  @Test func aRecordIsUsedOnlyForExactlyItsArticle() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    _ = try site.generator().generate()
    // Overwrite the stored article inside the pack: its id still matches, its bytes do not.
    var bytes = try Data(contentsOf: packURL(site))
    let pack = ExtractionPack(bytes: bytes)
    let record = try #require(pack.records.values.first)
    bytes[record.head.lowerBound + 2] ^= 0x01
    try bytes.write(to: packURL(site))
    let second = try site.generator().generate()
    #expect(second.cachedExtractions == 0)
    #expect(site.extractions == 2)
  }

  @Test func aBriefingThatDoesNotDecodeIsExtractedAgain() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks", body: "Talks resumed on 2 June 2025.")
    let first = try site.generator().generate()
    // The pack stays whole, but the stored briefing's bytes no longer decode.
    var bytes = try Data(contentsOf: packURL(site))
    let record = try #require(ExtractionPack(bytes: bytes).records.values.first)
    bytes[record.body.lowerBound] = 0
    try bytes.write(to: packURL(site))
    let second = try site.generator().generate()
    #expect(second.cachedExtractions == 0)
    #expect(site.extractions == 2)
    #expect(second.written == 0)  // the same site as before
    #expect(first.pages == second.pages)
  }

  @Test func entriesOfTheOldOneFilePerArticleCacheAreRemoved() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    try FileManager.default.createDirectory(
      at: site.cacheDirectory, withIntermediateDirectories: true)
    let old = site.cacheDirectory.appendingPathComponent(
      String(repeating: "ab", count: 16) + ".json")
    let mine = site.cacheDirectory.appendingPathComponent("notes.json")
    try Data("{}".utf8).write(to: old)
    try Data("{}".utf8).write(to: mine)
    _ = try site.generator().generate()
    #expect(!FileManager.default.fileExists(atPath: old.path))
    #expect(FileManager.default.fileExists(atPath: mine.path))
  }

}
