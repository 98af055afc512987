import Foundation
import Testing

@testable import BriefingGenerator

/// The render step finds each page's file by path (``FileState/path(of:in:)``), not by a URL
/// made per page: the path must be the one the URL names.
@Suite("A page's file by path")
struct FileStatePathTests {
  @Test("the path is the output URL's with the page appended, however the URL was made")
  func sameAsURL() {
    let roots = [
      URL(fileURLWithPath: "/tmp/site/output"),
      URL(fileURLWithPath: "/tmp/site/output", isDirectory: true),
      URL(fileURLWithPath: "/tmp/site/output/"),
      URL(fileURLWithPath: "output", relativeTo: URL(fileURLWithPath: "/tmp/site/")),
    ]
    for root in roots {
      for page in ["index.html", "briefings/a-b/index.html", "search/r/12.json", "feed.xml"] {
        #expect(
          FileState.path(of: page, in: root.path) == root.appendingPathComponent(page).path,
          "\(root) \(page)")
      }
    }
  }

  @Test("it states the file it names")
  func states() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("filestate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("a"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("hello".utf8).write(to: dir.appendingPathComponent("a/b.json"))
    let state = FileState(path: FileState.path(of: "a/b.json", in: dir.path))
    #expect(state.exists && state.size == 5 && state.bytes() == Array("hello".utf8))
    #expect(!FileState(path: FileState.path(of: "a/c.json", in: dir.path)).exists)
  }
}
