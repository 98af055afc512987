import BriefingExtraction
import BriefingModels
import Foundation
import Testing

@testable import BriefingGenerator

/// `briefing preview` rebuilds with the real extractor, assembler and templates, keeping its
/// memory between builds: after each edit the site must be the one a cold build of the same
/// content makes, byte for byte.
@Suite("A rebuild in preview makes the site a cold build makes")
struct ResidentRebuildTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The example site's content/ and the repository's templates/, copied to a new folder.
  static func exampleSite() throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-resident-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for folder in ["content", "templates"] {
      try FileManager.default.copyItem(
        at: repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
    }
    return root
  }

  static func options(_ root: URL, _ memory: BuildMemory?) -> GenerateOptions {
    GenerateOptions(
      contentDirectory: root.appendingPathComponent("content"),
      templatesDirectory: root.appendingPathComponent("templates"),
      outputDirectory: root.appendingPathComponent("output"), memory: memory)
  }

  /// Every file of output/ and its bytes.
  static func files(_ root: URL) throws -> [String: Data] {
    let output = root.appendingPathComponent("output")
    var files: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: output.path)
    while let relative = walker?.nextObject() as? String {
      var isFolder: ObjCBool = false
      let path = output.appendingPathComponent(relative).path
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
      }
    }
    return files
  }

  /// Builds cold (no memory, no caches, no output/) and returns the files.
  static func coldBuild(_ root: URL) throws -> [String: Data] {
    for folder in ["output", ".briefing-cache"] {
      try? FileManager.default.removeItem(at: root.appendingPathComponent(folder))
    }
    _ = try SiteGenerator(options: options(root, nil)).generate()
    return try files(root)
  }

  @Test("a new event in one article, then a new article, then a removed one")
  func editsMatchColdBuilds() throws {
    let root = try Self.exampleSite()
    defer { try? FileManager.default.removeItem(at: root) }
    let memory = BuildMemory()
    let content = root.appendingPathComponent("content")
    _ = try SiteGenerator(options: Self.options(root, memory)).generate()

    let edits: [() throws -> Void] = [
      {
        let article = content.appendingPathComponent("second-stage-exchange.txt")
        let text = try String(contentsOf: article, encoding: .utf8)
        try (text + "\nOn Tuesday, June 3, Turkish and Ukrainian envoys met in Ankara.\n")
          .write(to: article, atomically: true, encoding: .utf8)
      },
      {
        try """
        ---
        title: Envoys return to Istanbul
        date: 2025-06-20
        ---
        Russian and Ukrainian delegations met in Istanbul on Friday, June 20, for a third round.
        Kyiv accused Moscow of delaying the exchange of prisoners.

        """.write(
          to: content.appendingPathComponent("third-round.md"), atomically: true, encoding: .utf8)
      },
      {
        try FileManager.default.removeItem(
          at: content.appendingPathComponent("seed-istanbul-talks.txt"))
      },
    ]
    for edit in edits {
      try edit()
      _ = try SiteGenerator(options: Self.options(root, memory)).generate()
      #expect(memory.timeline.lastReused > 0)  // untouched dates were not merged again
      let resident = try Self.files(root)
      let cold = try Self.coldBuild(root)
      #expect(resident.count == cold.count)
      // The manifest is not compared: a cold build records no fingerprint for a page it
      // writes for the first time (it has nothing to compare one with).
      for (path, bytes) in cold where resident[path] != bytes && path != ".briefing-manifest.json" {
        Issue.record("\(path) differs from a cold build's")
      }
    }
  }
}
