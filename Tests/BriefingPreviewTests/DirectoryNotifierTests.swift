import Foundation
import Testing

@testable import BriefingPreview

#if os(Linux)
  @Suite("An idle preview sleeps: the kernel says when content/ may have changed")
  final class DirectoryNotifierTests {
    let folder: String
    var content: String { folder + "/content" }

    init() throws {
      folder = (NSTemporaryDirectory() as NSString).appendingPathComponent(
        "briefing-notify-\(UUID().uuidString)")
      try FileManager.default.createDirectory(
        atPath: folder + "/content/2025", withIntermediateDirectories: true)
      try "one".write(toFile: content + "/a.md", atomically: false, encoding: .utf8)
      try "two".write(toFile: content + "/2025/b.md", atomically: false, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func notifier(_ paths: [String]? = nil) throws -> DirectoryNotifier {
      try #require(DirectoryNotifier.make(watching: paths ?? [content]))
    }

    @Test("nothing touched: nothing to look at, however often it asks")
    func idle() throws {
      let n = try notifier()
      #expect(!n.takeEvents())
      _ = FileTreeSnapshot.take(of: [content])  // reading files and folders is no change
      #expect(!n.takeEvents())
    }

    @Test("an edit in a subfolder is reported once, then the queue is empty")
    func editInSubfolder() throws {
      let n = try notifier()
      try "two, edited".write(toFile: content + "/2025/b.md", atomically: false, encoding: .utf8)
      #expect(n.takeEvents())
      #expect(!n.takeEvents())
    }

    @Test("a save by rename, a deletion and a new file are each reported")
    func renameDeleteCreate() throws {
      let n = try notifier()
      try "one, saved".write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
      #expect(n.takeEvents())
      try FileManager.default.removeItem(atPath: content + "/a.md")
      #expect(n.takeEvents())
      try "new".write(toFile: content + "/c.txt", atomically: false, encoding: .utf8)
      #expect(n.takeEvents())
    }

    @Test("a new folder is watched after rewatch, so a file written into it later is seen")
    func newFolder() throws {
      let n = try notifier()
      let before = n.watchCount
      try FileManager.default.createDirectory(
        atPath: content + "/2026/01", withIntermediateDirectories: true)
      #expect(n.takeEvents())
      #expect(n.rewatch())
      #expect(n.watchCount == before + 2)
      try "later".write(toFile: content + "/2026/01/d.md", atomically: false, encoding: .utf8)
      #expect(n.takeEvents())
    }

    @Test("a removed folder's watch is dropped, and watched again when it comes back")
    func folderComesBack() throws {
      let n = try notifier()
      try FileManager.default.removeItem(atPath: content + "/2025")
      #expect(n.takeEvents())
      #expect(n.rewatch())
      try FileManager.default.createDirectory(
        atPath: content + "/2025", withIntermediateDirectories: true)
      #expect(n.takeEvents())
      #expect(n.rewatch())
      try "back".write(toFile: content + "/2025/b.md", atomically: false, encoding: .utf8)
      #expect(n.takeEvents())
    }

    @Test("editor leftovers and hidden files are not worth a look")
    func ignoredNames() throws {
      let n = try notifier()
      try "swap".write(toFile: content + "/.a.md.swp", atomically: false, encoding: .utf8)
      try "backup".write(toFile: content + "/a.md~", atomically: false, encoding: .utf8)
      #expect(!n.takeEvents())
    }

    @Test("the target of a link to a file outside the folder is watched too")
    func linkedFile() throws {
      let outside = folder + "/elsewhere.md"
      try "outside".write(toFile: outside, atomically: false, encoding: .utf8)
      try FileManager.default.createSymbolicLink(
        atPath: content + "/linked.md", withDestinationPath: outside)
      let n = try notifier()
      try "outside, edited".write(toFile: outside, atomically: false, encoding: .utf8)
      #expect(n.takeEvents())
    }

    @Test("a folder that does not exist yet is noticed when it is created")
    func missingRoot() throws {
      let templates = folder + "/templates"
      let n = try notifier([content, templates])
      try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
      #expect(n.takeEvents())
      #expect(n.rewatch())
      try "{{title}}".write(toFile: templates + "/page.md", atomically: false, encoding: .utf8)
      #expect(n.takeEvents())
    }
  }
#endif
