import Foundation

/// The fixed split of the TimeML name annotation by article, as checked in at
/// `Evaluation/names-tbaq-split.tsv` (`id<TAB>train|development|held-out`, the id being the
/// annotation's path without `.tsv`): the tagger may train on `train`, rules and options are
/// chosen on `development`, and `held-out` (AQUAINT) is only scored, once.
public struct TimeMLNameSplit: Sendable {
  public enum Part: String, Sendable, CaseIterable {
    case train, development
    case heldOut = "held-out"
  }

  public var parts: [String: Part]

  public init(parts: [String: Part]) { self.parts = parts }

  /// `Evaluation/names-tbaq-split.tsv` of the repository that holds the working directory.
  public static func defaultFile() -> URL {
    GUMSplit.defaultFile().deletingLastPathComponent()
      .appendingPathComponent("names-tbaq-split.tsv")
  }

  /// Reads the split file; `#` lines and an `id` header are skipped.
  public static func load(_ url: URL) throws -> TimeMLNameSplit {
    try parse(String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
  }

  /// The split of a file's text; a line without a known part is an error naming `file`.
  public static func parse(_ text: String, file: String) throws -> TimeMLNameSplit {
    let parts: [String: Part] = try SplitFile.parts(of: text, header: "id\t", file: file)
    return TimeMLNameSplit(parts: parts)
  }

  /// The articles of one part, in their given order. An article the split does not list is in
  /// no part.
  public func documents(
    _ part: Part, of documents: [TimeMLNameDocuments.Annotated]
  ) -> [TimeMLNameDocuments.Annotated] {
    documents.filter { parts[$0.id] == part }
  }
}
