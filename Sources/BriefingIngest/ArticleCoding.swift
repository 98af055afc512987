import BriefingModels
import BriefingStore
import Foundation

/// The bytes of an article in `readings.pack` and `extractions.pack`: each field in a fixed
/// order (`CompactWriter`), an enum by its raw value. The extraction cache names a briefing by
/// the hash of these bytes, and compares them, so they must be the same for the same article.
///
/// Written by hand rather than through `BinaryEncoder`, like the other caches' records: reading
/// the 10,000 unchanged articles of a one-edit rebuild back took 1.03 G instructions through
/// `Codable`, 0.92 G so (Benchmarks/LOG.md, 2026-12-06, edit6); most of what is left is checking
/// the bodies' UTF-8, which any `String` made from bytes pays. Both packs' keys hold the tool's
/// build or this form's version, so the order may change; damaged bytes give nil, never another
/// article (`ArticleCodingTests`).
public enum ArticleCoding {
  public static func encode(_ a: Article) -> [UInt8] {
    var w = CompactWriter()
    let m = a.meta
    w.string(m.id)
    w.string(m.path)
    w.string(m.title)
    w.optional(m.published)
    w.optional(m.source)
    w.optional(m.url)
    w.optional(m.author)
    w.strings(m.tags)
    w.string(a.body)
    w.string(a.format.rawValue)
    w.int(a.bodyLine)
    w.string(a.dateOrigin.rawValue)
    w.strings(a.partyHints)
    return w.sealed
  }

  /// The article `bytes` hold; nil for bytes `encode` did not write (cut, padded, damaged).
  public static func decode(_ bytes: Data) -> Article? {
    bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Article? in
      guard var r = CompactReader(sealed: raw) else { return nil }
      guard let id = r.string(), let path = r.string(), let title = r.string(),
        let published = r.optional(), let source = r.optional(), let url = r.optional(),
        let author = r.optional(), let tags = r.strings(), let body = r.string(),
        let format = r.string().flatMap(Article.Format.init(rawValue:)),
        let bodyLine = r.int(), let origin = r.string().flatMap(Article.DateOrigin.init(rawValue:)),
        let hints = r.strings(), r.isAtEnd
      else { return nil }
      return Article(
        meta: ArticleMeta(
          id: id, path: path, title: title, published: published, source: source, url: url,
          author: author, tags: tags),
        body: body, format: format, bodyLine: bodyLine, dateOrigin: origin, partyHints: hints)
    }
  }
}
