import Foundation
import Testing

@testable import BriefingPreview

@Suite("Polling sees every edit to content/ and templates/")
final class FileTreeSnapshotTests {
  let folder: String

  init() throws {
    folder = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "briefing-watch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      atPath: folder + "/content/deep", withIntermediateDirectories: true)
    try "one".write(toFile: folder + "/content/a.md", atomically: true, encoding: .utf8)
    try "two".write(toFile: folder + "/content/deep/b.md", atomically: true, encoding: .utf8)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  var content: String { folder + "/content" }

  /// Sets a file's modification time to a fixed instant, so the test does not depend on the clock.
  func setModified(_ path: String, seconds: Int) {
    var times = [
      timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0),
    ]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }

  @Test("files in subfolders are included")
  func walksSubfolders() {
    let snapshot = FileTreeSnapshot.take(of: [content])
    #expect(Set(snapshot.files.keys) == [content + "/a.md", content + "/deep/b.md"])
  }

  @Test("an edit that keeps the size is seen through the modification time")
  func sameSizeEdit() throws {
    setModified(content + "/a.md", seconds: 1_000_000)
    let before = FileTreeSnapshot.take(of: [content])
    try "uno".write(toFile: content + "/a.md", atomically: false, encoding: .utf8)
    setModified(content + "/a.md", seconds: 2_000_000)
    let after = FileTreeSnapshot.take(of: [content])
    #expect(before.changes(to: after) == [content + "/a.md"])
  }

  @Test("an edit that changes the size is seen even within the same timestamp")
  func sizeEdit() throws {
    setModified(content + "/a.md", seconds: 1_000_000)
    let before = FileTreeSnapshot.take(of: [content])
    try "one more line".write(toFile: content + "/a.md", atomically: false, encoding: .utf8)
    setModified(content + "/a.md", seconds: 1_000_000)
    #expect(before.changes(to: FileTreeSnapshot.take(of: [content])) == [content + "/a.md"])
  }

  @Test("new and deleted files are changes")
  func addAndRemove() throws {
    let before = FileTreeSnapshot.take(of: [content])
    try "new".write(toFile: content + "/c.md", atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: content + "/deep/b.md")
    #expect(
      before.changes(to: FileTreeSnapshot.take(of: [content])) == [
        content + "/c.md", content + "/deep/b.md",
      ])
  }

  @Test("a link to a file is seen as that file; a link to a folder (here a loop) is not walked")
  func links() throws {
    try FileManager.default.createSymbolicLink(
      atPath: content + "/linked.md", withDestinationPath: content + "/deep/b.md")
    try FileManager.default.createSymbolicLink(
      atPath: content + "/deep/loop", withDestinationPath: content)
    let snapshot = FileTreeSnapshot.take(of: [content])
    #expect(
      Set(snapshot.files.keys) == [
        content + "/a.md", content + "/deep/b.md", content + "/linked.md",
      ])
    #expect(snapshot.files[content + "/linked.md"] == snapshot.files[content + "/deep/b.md"])
  }

  @Test("editor swap files and hidden files are ignored")
  func ignoresEditorLeftovers() throws {
    let before = FileTreeSnapshot.take(of: [content])
    try "x".write(toFile: content + "/.a.md.swp", atomically: false, encoding: .utf8)
    try "x".write(toFile: content + "/a.md~", atomically: false, encoding: .utf8)
    #expect(before == FileTreeSnapshot.take(of: [content]))
  }

  @Test("a watched single file (a config) and a path that appears later are both covered")
  func singleFileAndLateFolder() throws {
    let config = folder + "/site.yml"
    let later = folder + "/templates"
    let before = FileTreeSnapshot.take(of: [config, later])
    #expect(before.files.isEmpty)
    try "title: x".write(toFile: config, atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: later, withIntermediateDirectories: true)
    try "<html>".write(toFile: later + "/layout.html", atomically: true, encoding: .utf8)
    #expect(
      before.changes(to: FileTreeSnapshot.take(of: [config, later])) == [
        config, later + "/layout.html",
      ])
  }
}
