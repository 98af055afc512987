import BriefingExtraction
import Foundation

/// TimeML news articles as training documents for the name tagger: the team's hand annotation
/// (`Evaluation/names-tbaq/<part>/DOC.tsv`, GUM's `entities.tsv` without the entity id) laid on
/// the article's plain text, which is read from the corpus (`<part>/DOC.tml`, as `TimeMLReader`
/// makes it) because the text itself is not the project's to commit.
public struct TimeMLNameDocuments: Sendable {
  /// One article, annotated.
  public struct Annotated: Sendable {
    /// The annotation file's path below the annotation folder, without `.tsv`
    /// (`TimeBank/wsj_0006`).
    public var id: String
    public var document: NameTrainer.Document
  }

  /// The folder of `DOC.tsv` files, in subfolders or not.
  public var annotations: URL
  /// The folder whose `.tml` files the offsets point into, laid out as `annotations` is.
  public var corpus: URL

  public init(annotations: URL, corpus: URL) {
    self.annotations = annotations
    self.corpus = corpus
  }

  /// TimeBank and AQUAINT beside the repository: `../shared/corpus/tbaq`.
  public static func defaultCorpus() -> URL {
    GUMCorpus.defaultDirectory().deletingLastPathComponent().appendingPathComponent("tbaq")
  }

  /// Every `*.tsv` under the annotation folder, in path order, with its article's text (the
  /// `.tml` at the same relative path under `corpus`). A missing article or a mention whose
  /// surface is not the text at its offsets is an error naming the file (and line).
  public func load() throws -> [Annotated] {
    guard let walker = FileManager.default.enumerator(atPath: annotations.path) else {
      throw GUMError(message: "\(annotations.path): no such folder")
    }
    var paths: [String] = []
    for case let path as String in walker where path.hasSuffix(".tsv") { paths.append(path) }
    return try paths.sorted().map { path in
      let id = String(path.dropLast(4))
      let tsvURL = annotations.appendingPathComponent(path)
      let tmlURL = corpus.appendingPathComponent(id + ".tml")
      guard let xml = try? String(contentsOf: tmlURL, encoding: .utf8) else {
        throw GUMError(message: "\(tsvURL.path): no article \(tmlURL.path) to read its text from")
      }
      let text = try TimeMLReader.parse(xml, id: id).text
      let tsv = try String(contentsOf: tsvURL, encoding: .utf8)
      return Annotated(
        id: id, document: try Self.document(text: text, tsv: tsv, file: tsvURL.path))
    }
  }

  /// The document of one article: each line `start<TAB>end<TAB>KIND<TAB>surface` (UTF-8 byte
  /// offsets, end exclusive, in order, none overlapping) must lie in the text and have its
  /// surface there, else the error names `file` and the line.
  public static func document(text: String, tsv: String, file: String) throws
    -> NameTrainer.Document
  {
    let bytes = Array(text.utf8)
    var names: [NameSpan] = []
    for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      if fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
      func fail(_ why: String) -> GUMError { GUMError(message: "\(file) line \(n + 1): \(why)") }
      guard fields.count == 4, let start = Int(fields[0]), let end = Int(fields[1]),
        let kind = NameKind(rawValue: String(fields[2]))
      else { throw fail("expected start<TAB>end<TAB>PERSON|ORGANIZATION|PLACE<TAB>surface") }
      guard 0 <= start, start < end, end <= bytes.count else {
        throw fail("offsets \(start)..<\(end) outside the text's \(bytes.count) bytes")
      }
      let found = String(decoding: bytes[start..<end], as: UTF8.self)
      guard found == fields[3] else {
        throw fail("surface \"\(fields[3])\" is not the text at \(start)..<\(end): \"\(found)\"")
      }
      if let last = names.last, start < last.end {
        throw fail("overlaps or precedes the mention before it")
      }
      names.append(NameSpan(start: start, end: end, kind: kind))
    }
    return NameTrainer.Document(text: text, names: names)
  }
}
