import Foundation

/// The TimeML documents (`*.tml`) under one or more folders, read in a stable order.
public struct TimeMLCorpus: Sendable {
  public var documents: [TimeMLDocument]

  public init(documents: [TimeMLDocument]) { self.documents = documents }

  /// Reads every `.tml` file under `directory` (recursively), sorted by path.
  public static func load(directory: URL) throws -> TimeMLCorpus {
    let fm = FileManager.default
    guard let walker = fm.enumerator(at: directory, includingPropertiesForKeys: nil) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
    }
    var paths: [URL] = []
    for case let url as URL in walker where url.pathExtension == "tml" { paths.append(url) }
    paths.sort { $0.path < $1.path }
    let docs = try paths.map { url in
      let xml = try String(contentsOf: url, encoding: .utf8)
      return try TimeMLReader.parse(xml, id: url.deletingPathExtension().lastPathComponent)
    }
    return TimeMLCorpus(documents: docs)
  }
}
