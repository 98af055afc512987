import Foundation

/// The names judges of fresh news (`Evaluation/names-news`, session 18; `Evaluation/names-news-2`,
/// session 20): each report's plain text (`articles/<name>.txt`) with its hand annotation
/// (`annotations/<name>.tsv`, the names-tbaq format), loaded as the TimeML name documents are so
/// that the same scorer applies.
public struct NewsNameDocuments: Sendable {
  /// The folder that holds `articles/` and `annotations/`.
  public var folder: URL

  public init(folder: URL) { self.folder = folder }

  /// The annotated sets of fresh news, by the name of their folder under `Evaluation/`: the
  /// first (half development, half held out) and the second (held out only).
  public static let sets = ["names-news", "names-news-2"]

  /// `Evaluation/<set>` (default `names-news`) of the repository that holds the working directory.
  public static func defaultFolder(set: String = "names-news") -> URL {
    GUMSplit.defaultFile().deletingLastPathComponent().appendingPathComponent(set)
  }

  /// `Evaluation/<set>-split.tsv` (default `names-news-split.tsv`) of the repository that holds
  /// the working directory.
  public static func defaultSplitFile(set: String = "names-news") -> URL {
    GUMSplit.defaultFile().deletingLastPathComponent().appendingPathComponent(
      set + "-split.tsv")
  }

  /// The split by report (`name<TAB>development|held-out<TAB>group`); `#` lines and the `name`
  /// header are skipped, a line without a known part is an error naming the file.
  public static func split(_ url: URL) throws -> TimeMLNameSplit {
    let text = try String(contentsOf: url, encoding: .utf8)
    return TimeMLNameSplit(
      parts: try SplitFile.parts(of: text, header: "name\t", file: url.lastPathComponent))
  }

  /// Every report with its mentions, in name order. A report without annotation (or the
  /// reverse), or a mention whose surface is not the text at its offsets, is an error naming
  /// the file.
  public func load() throws -> [TimeMLNameDocuments.Annotated] {
    let articles = folder.appendingPathComponent("articles")
    let annotations = folder.appendingPathComponent("annotations")
    let texts = try Self.names(in: articles, ending: ".txt")
    let tsvs = try Self.names(in: annotations, ending: ".tsv")
    if let unpaired = Set(texts).symmetricDifference(tsvs).sorted().first {
      throw GUMError(message: "\(folder.path): '\(unpaired)' lacks its article or its annotation")
    }
    return try texts.map { name in
      let tsvURL = annotations.appendingPathComponent(name + ".tsv")
      let text = try String(
        contentsOf: articles.appendingPathComponent(name + ".txt"), encoding: .utf8)
      let tsv = try String(contentsOf: tsvURL, encoding: .utf8)
      return TimeMLNameDocuments.Annotated(
        id: name,
        document: try TimeMLNameDocuments.document(text: text, tsv: tsv, file: tsvURL.path))
    }
  }

  /// The names of a folder's files with the given ending, without it, sorted.
  static func names(in dir: URL, ending: String) throws -> [String] {
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
      throw GUMError(message: "\(dir.path): no such folder")
    }
    return files.filter { $0.hasSuffix(ending) }.map { String($0.dropLast(ending.count)) }.sorted()
  }
}
