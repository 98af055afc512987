import Foundation

/// The record, kept in `output/.briefing-manifest.json`, of every file the generator wrote.
///
/// It is how a build knows which files are its own: only those are ever replaced or removed.
/// Per file it keeps the page's key and fingerprint (to skip building and rendering) and the
/// size and hash of the bytes written (to notice a file changed by hand, which is then left
/// alone).
struct OutputManifest: Codable, Sendable, Hashable {
  static let fileName = ".briefing-manifest.json"
  static let currentVersion = 1

  struct Entry: Codable, Sendable, Hashable {
    /// The page's key (a hash of its inputs), when the planner knew one.
    var key: String?
    var fingerprint: String
    var size: Int
    var hash: String
  }

  var version = OutputManifest.currentVersion
  var files: [String: Entry] = [:]

  /// The manifest in `root`, or nil when there is none (a first build, or a foreign folder).
  static func load(from root: URL) throws -> OutputManifest? {
    let url = root.appendingPathComponent(fileName)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let manifest = try JSONDecoder().decode(OutputManifest.self, from: Data(contentsOf: url))
    return manifest.version == currentVersion ? manifest : OutputManifest(files: manifest.files)
  }

  func encoded() throws -> [UInt8] {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return Array(try e.encode(self))
  }
}
