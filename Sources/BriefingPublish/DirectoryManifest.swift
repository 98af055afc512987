import BriefingModels
import Foundation

/// The list of files a previous `dir:` publish wrote, kept in the target folder, so a later
/// publish removes only its own stale files and never an editor's.
struct DirectoryManifest: Codable, Equatable {
  static let fileName = ".briefing-published.json"

  var files: [String]

  static func read(in folder: String) -> DirectoryManifest? {
    let path = (folder as NSString).appendingPathComponent(fileName)
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return try? JSONDecoder().decode(DirectoryManifest.self, from: data)
  }

  func write(in folder: String) throws(PublishError) {
    let path = (folder as NSString).appendingPathComponent(Self.fileName)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    do {
      try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw .io(path: path, .cannotBeWritten, reason: Diagnostic.reason(error))
    }
  }
}
