import Foundation

/// The fixed held-out split of GUM by document, as checked in at `Evaluation/gum-split.tsv`
/// (`docname<TAB>train|test`): the tagger trains on `train` only and is scored on `test`.
public struct GUMSplit: Sendable {
  public enum Part: String, Sendable { case train, test }

  public var parts: [String: Part]

  public init(parts: [String: Part]) { self.parts = parts }

  /// `Evaluation/gum-split.tsv` of the repository that holds the working directory.
  public static func defaultFile() -> URL {
    var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    while dir.path != "/" {
      if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
        return dir.appendingPathComponent("Evaluation/gum-split.tsv")
      }
      dir.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: "Evaluation/gum-split.tsv")
  }

  /// Reads the split file; `#` lines and a `docname` header are skipped.
  public static func load(_ url: URL) throws -> GUMSplit {
    let parts: [String: Part] = try SplitFile.parts(
      of: try String(contentsOf: url, encoding: .utf8), header: "docname",
      file: url.lastPathComponent)
    return GUMSplit(parts: parts)
  }

  /// The documents of one part, in corpus order. A document the split does not list is in
  /// neither part.
  public func documents(_ part: Part, of corpus: GUMCorpus) -> [GUMDocument] {
    corpus.documents.filter { parts[$0.name] == part }
  }
}
