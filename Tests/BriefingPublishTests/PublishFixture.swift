import Foundation
import Synchronization

@testable import BriefingPublish

/// A temporary folder holding a built site (`output/`, with the generator's manifest) and
/// whatever targets a test publishes to.
final class PublishFixture {
  let base: String
  var output: String { base + "/output" }

  init() throws {
    base = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "briefing-publish-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    try writeSite([
      "index.html": "<!doctype html><title>Home</title><h1>Home</h1>",
      "briefings/talks/index.html": "<!doctype html><title>Talks</title><h1>Talks</h1>",
      "assets/site.css": "body { color: black }",
      "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
      "timeline.json": "{\"events\":[]}",
      "feed.xml": "<?xml version=\"1.0\"?><feed/>",
    ])
  }

  deinit { try? FileManager.default.removeItem(atPath: base) }

  /// Replaces output/ with exactly these files (plus the build manifest).
  func writeSite(_ files: [String: String]) throws {
    try? FileManager.default.removeItem(atPath: output)
    for (path, text) in files { try write(text, to: output + "/" + path) }
    try write("{\"complete\":true}", to: output + "/" + LocalSite.buildManifestName)
  }

  func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// All regular files under a folder, relative, sorted (skipping `.git`).
  func files(under folder: String) throws -> [String] {
    try FileWalk.regularFiles(under: folder, skipping: [".git"]).sorted()
  }

  /// Publishes output/ to `target`, collecting what was logged.
  func publish(
    _ target: String, dryRun: Bool = false, settings: Publisher.Settings = .init(environment: [:])
  ) async throws -> (PublishReport, [String]) {
    let log = LogLines()
    let report = try await Publisher(target: PublishTarget(parsing: target), settings: settings)
      .publish(from: output, dryRun: dryRun, log: { log.append($0) })
    return (report, log.lines)
  }
}

/// Lines logged by a publish, collected from a `@Sendable` closure.
final class LogLines: Sendable {
  private let storage = Mutex<[String]>([])
  func append(_ line: String) { storage.withLock { $0.append(line) } }
  var lines: [String] { storage.withLock { $0 } }
}
