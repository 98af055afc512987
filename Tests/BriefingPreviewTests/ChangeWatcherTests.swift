import Foundation
import Synchronization
import Testing

@testable import BriefingPreview

@Suite("Saving a file rebuilds the site and announces the build")
final class ChangeWatcherTests {
  let folder: String

  init() throws {
    folder = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "briefing-watcher-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "v1".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  /// Watches the folder with `build` as the site's build, until `task` is cancelled;
  /// `updates` has seen the start epoch.
  func watch(_ build: @escaping SiteRebuilder.Build) async -> (
    updates: AsyncStream<BuildEpochs.Epoch>.Iterator, task: Task<Void, Never>
  ) {
    let epochs = BuildEpochs()
    let rebuilder = SiteRebuilder(epochs: epochs, build: build, log: { _ in })
    let watcher = ChangeWatcher(paths: [folder], interval: .milliseconds(20), rebuilder: rebuilder)
    var updates = epochs.updates().makeAsyncIterator()
    #expect(await updates.next()?.number == 0)
    let start = FileTreeSnapshot.take(of: [folder])
    return (updates, Task { await watcher.run(from: start) })
  }

  @Test("an edit leads to one rebuild whose epoch listeners see; a broken build then a fix recover")
  func editRebuilds() async throws {
    let builds = Recorder()
    var (updates, task) = await watch { [folder] in
      let text = try String(contentsOfFile: folder + "/a.md", encoding: .utf8)
      builds.append(text)
      if text.contains("broken") { throw BuildFailure(message: "content/a.md:1: error: broken") }
      return "built \(text)"
    }
    defer { task.cancel() }

    try "broken v2".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
    let failed = await updates.next()
    #expect(failed?.failure == ["content/a.md:1: error: broken"])

    try "v3".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
    let fixed = await updates.next()
    #expect(fixed?.failure == nil)
    #expect(fixed?.number == 2)
    #expect(builds.lines == ["broken v2", "v3"])
  }

  @Test("a file written into a folder made while watching rebuilds, and idle time builds nothing")
  func newFolderRebuilds() async throws {
    let builds = Recorder()
    var (updates, task) = await watch { [folder] in
      let found = FileTreeSnapshot.take(of: [folder]).files.keys
      builds.append(
        found.map { ($0 as NSString).lastPathComponent }.sorted().joined(separator: ","))
      return "built"
    }
    defer { task.cancel() }

    try FileManager.default.createDirectory(
      atPath: folder + "/2026/01", withIntermediateDirectories: true)
    try await Task.sleep(for: .milliseconds(200))
    #expect(builds.lines.isEmpty)  // an empty folder is no file: nothing to build
    try "new".write(toFile: folder + "/2026/01/b.md", atomically: false, encoding: .utf8)
    #expect(await updates.next()?.number == 1)
    try await Task.sleep(for: .milliseconds(200))
    #expect(builds.lines == ["a.md,b.md"])
  }

  /// What the stand-in build saw, one entry per build.
  final class Recorder: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var lines: [String] { storage.withLock { $0 } }
  }

  struct BuildFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
