import BriefingModels
import Foundation
import Testing

@testable import BriefingIngest

/// A process that loads content again and again takes unchanged files from memory, and only
/// those: an edited file is read again, a deleted one forgotten, another "today" starts afresh,
/// and the reading cache on disk stays as complete as without memory.
@Suite final class ReadingMemoryTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "memory-\(UUID().uuidString)")
  var content: URL { root.appendingPathComponent("content") }
  var pack: URL { root.appendingPathComponent("cache/\(ContentLoader.readingCacheName)") }
  let memory = ReadingMemory()
  let today = CalendarDate(year: 2026, month: 11, day: 25)!

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

  /// A load that starts `seconds` after now (files written by the test are older).
  func load(startingIn seconds: Int64, today: CalendarDate? = nil, memory: Bool = true)
    -> LoadedContent
  {
    var loader = ContentLoader(
      reader: ArticleReader(today: today ?? self.today), readingCache: pack,
      memory: memory ? self.memory : nil)
    loader.now = { FileSignature.now() + seconds * 1_000_000_000 }
    return loader.load(contentDirectory: content, displayRoot: "content")
  }

  @Test func unchangedFilesComeFromMemoryAndGiveWhatAReadGives() {
    let first = load(startingIn: 10)
    #expect(memory.reusedCount == 0)
    #expect(memory.count == 3)
    let second = load(startingIn: 20)
    #expect(memory.reusedCount == 3)
    #expect(second.articles == first.articles)
    #expect(second.problems == first.problems)
    #expect(second.encodedArticles == first.encodedArticles)
    #expect(!second.warnings.isEmpty)  // b.md's missing title, remembered with its reading
  }

  @Test func anEditedFileIsReadAgainAndADeletedOneForgotten() throws {
    _ = load(startingIn: 10)
    try write("a.md", "---\ntitle: Changed\n---\nTalks resumed on 2 June 2025.")
    try FileManager.default.removeItem(at: content.appendingPathComponent("c.txt"))
    let second = load(startingIn: 20)
    #expect(memory.reusedCount == 1)  // b.md only
    #expect(memory.count == 2)
    #expect(
      second.articles.map(\.meta.title) == ["Changed", "No title here; talks on 3 June 2025"])
    let fresh = load(startingIn: 30, memory: false)
    #expect(second.articles == fresh.articles)
  }

  @Test func anotherTodayStartsAfresh() {
    _ = load(startingIn: 10)
    _ = load(startingIn: 20, today: CalendarDate(year: 2026, month: 11, day: 26)!)
    #expect(memory.reusedCount == 0)
  }

  @Test func theCacheOnDiskStaysCompleteForAColdLoad() throws {
    _ = load(startingIn: 10)
    _ = load(startingIn: 20)
    try write("b.md", "No title here; talks on 5 June 2025.")
    _ = load(startingIn: 30)
    // A new process: no memory, everything but nothing read from the files themselves.
    let cold = load(startingIn: 40, memory: false)
    let stored = try Data(contentsOf: pack)
    _ = load(startingIn: 50, memory: false)
    #expect(try Data(contentsOf: pack) == stored)  // every reading came from the pack
    #expect(cold.articles.count == 3)
  }
}
