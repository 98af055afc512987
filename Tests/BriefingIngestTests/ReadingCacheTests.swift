import BriefingModels
import BriefingStore
import Foundation
import Testing

@testable import BriefingIngest

/// Rebuilds skip re-reading articles whose file signature is unchanged, and only those: an
/// edited file (even of the same size, even with its old date put back) or one written in the
/// same moment as it was read is read again, and a damaged cache is never trusted.
@Suite final class ReadingCacheTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "readings-\(UUID().uuidString)")
  var content: URL { root.appendingPathComponent("content") }
  var pack: URL { root.appendingPathComponent("cache/\(ContentLoader.readingCacheName)") }

  deinit { try? FileManager.default.removeItem(at: root) }

  init() throws {
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try write("a.md", "---\ntitle: A\n---\nTalks resumed on 2 June 2025.")
    try write("b.md", "No title here; talks on 3 June 2025.")
    try write("c.txt", "Plain text of 4 June 2025.")
  }

  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: content.appendingPathComponent(name))
  }

  /// A loader whose build starts `seconds` after now (files written by the test are older).
  func loader(startingIn seconds: Int64) -> ContentLoader {
    var loader = ContentLoader(
      reader: ArticleReader(today: CalendarDate(year: 2026, month: 11, day: 25)!),
      readingCache: pack)
    loader.now = { FileSignature.now() + seconds * 1_000_000_000 }
    return loader
  }

  func load(startingIn seconds: Int64) -> LoadedContent {
    loader(startingIn: seconds).load(contentDirectory: content, displayRoot: "content")
  }

  @Test func anUnchangedFileIsNotReadAgainAndGivesWhatAReadGives() throws {
    let fresh = ContentLoader(reader: loader(startingIn: 0).reader)
      .load(contentDirectory: content, displayRoot: "content")
    let first = load(startingIn: 10)
    let stored = try Data(contentsOf: pack)
    let second = load(startingIn: 20)
    #expect(try Data(contentsOf: pack) == stored)  // every reading reused: nothing appended
    #expect(second.articles == fresh.articles)
    #expect(second.problems == fresh.problems)
    #expect(first.articles == fresh.articles)
    #expect(!fresh.warnings.isEmpty)  // the missing title of b.md, kept with the reading
  }

  @Test func aFileEditedToTheSameSizeWithItsOldDateIsReadAgain() throws {
    _ = load(startingIn: 10)
    let url = content.appendingPathComponent("a.md")
    let date = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]
    try write("a.md", "---\ntitle: B\n---\nTalks resumed on 2 June 2025.")
    try FileManager.default.setAttributes([.modificationDate: date as Any], ofItemAtPath: url.path)
    let second = load(startingIn: 20)
    #expect(second.articles.first { $0.meta.path == "content/a.md" }?.meta.title == "B")
  }

  @Test func aFileWrittenAsItWasReadIsReadAgainNextTime() throws {
    _ = load(startingIn: 0)  // the files are as new as the build: not to be trusted later
    let stored = try Data(contentsOf: pack)
    _ = load(startingIn: 20)
    #expect(try Data(contentsOf: pack) != stored)  // read again and stored again
    let settled = try Data(contentsOf: pack)
    _ = load(startingIn: 30)
    #expect(try Data(contentsOf: pack) == settled)
  }

  @Test func eachArticleComesWithItsStoredBytesUnlessItsSlugWasChanged() throws {
    try write("b-copy.md", "---\nslug: b\n---\nAnother text of 5 June 2025.")
    for loaded in [load(startingIn: 10), load(startingIn: 20)] {  // read, then reused
      for article in loaded.articles {
        let expected =
          article.meta.path.hasSuffix("b.md") ? nil : Data(ArticleCoding.encode(article))
        #expect(loaded.encodedArticles[article.meta.path] == expected)
      }
      #expect(loaded.articles.contains { $0.meta.id == "b-2" })
    }
  }

  @Test func aDamagedCacheIsIgnored() throws {
    let first = load(startingIn: 10)
    var bytes = try Data(contentsOf: pack)
    for i in stride(from: 20, to: bytes.count, by: 7) { bytes[i] ^= 0x55 }
    try bytes.write(to: pack)
    let second = load(startingIn: 20)
    #expect(second.articles == first.articles)
    #expect(second.problems == first.problems)
  }

  @Test func anotherTodayMeansEveryFileIsReadAgain() throws {
    _ = load(startingIn: 10)
    let stored = try Data(contentsOf: pack)
    var later = loader(startingIn: 20)
    later.reader = ArticleReader(today: CalendarDate(year: 2026, month: 11, day: 26)!)
    _ = later.load(contentDirectory: content, displayRoot: "content")
    #expect(try Data(contentsOf: pack) != stored)
    #expect(RecordPack(contentsOf: pack).recordCount == 3)
  }
}
