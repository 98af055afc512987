import BriefingExtraction
import BriefingIngest
import BriefingModels
import BriefingParallel
import BriefingStore
import Foundation

/// Extraction results on disk, keyed by a hash of the article and the extraction's cache key.
///
/// Lives in `.briefing-cache/extractions.pack` beside content/ (never in output/): one file
/// (see `RecordPack`) read once per build, instead of one small file per article. Each
/// record stores the article it was made from and is used only when the key and the article's
/// bytes match exactly, so a changed tool, changed parties or a hash collision all mean
/// "extract again". New results are appended; once records no build used make up more than a
/// quarter of the live ones (or the pack is damaged or has another key) the pack is rewritten
/// with only the records of the last build. A cache that cannot be read or written is not used.
/// Articles are stored in `ArticleCoding`'s form (the reading cache's), briefings in
/// `BriefingCoding`'s: reading a
/// briefing back is what a rebuild spends its extraction step on.
final class ExtractionCache: @unchecked Sendable {
  /// Bump when the record format changes.
  static let formatVersion = "5"
  static let packName = "extractions.pack"

  let directory: URL?
  let key: String
  private let pack: RecordPack
  private let lock = NSLock()
  /// Records this build used, by id (head: the article, body: the briefing; both binary).
  private var used: [String: RecordPack.Kept] = [:]

  init(directory: URL?, key: String) {
    self.directory = directory
    self.key = Self.formatVersion + "|" + key
    pack =
      directory.map { RecordPack(contentsOf: $0.appendingPathComponent(Self.packName)) }
      ?? RecordPack()
  }

  var packURL: URL? { directory?.appendingPathComponent(Self.packName) }

  /// The briefing of `article`: the cached one when there is a record for this key and exactly
  /// this article, otherwise `extract`'s (remembered for `save`). `cached` tells which; `id`
  /// is the record's id, a hash of the key and the article that decides the briefing.
  /// `encoded` is the article's `ArticleCoding` bytes when
  /// already known (`LoadedContent.encodedArticles`).
  func briefing(
    for article: Article, encoded: Data? = nil, extract: (Article) throws -> Briefing
  ) rethrows -> (briefing: Briefing, cached: Bool, id: String?) {
    let articleBytes = encoded ?? Data(ArticleCoding.encode(article))
    var h = StableHash()
    h.add(key)
    articleBytes.withUnsafeBytes { h.add($0) }  // not byte by byte through `Data`'s iterator
    let id = h.hex
    guard directory != nil else { return (try extract(article), false, id) }
    if pack.key == key, let record = pack.records[id],
      pack.slice(record.head) == articleBytes,
      let briefing = BriefingCoding.decode(pack.slice(record.body))
    {
      lock.withLock { used[id] = .packed(record) }
      return (briefing, true, id)
    }
    let briefing = try extract(article)
    // Encoded only as the pack is written, and the article's bytes not copied: every new
    // record's bytes, held until `save`, were the top of a cold build's extract step.
    lock.withLock {
      used[id] = .made(head: articleBytes) { BriefingCoding.encode(briefing) }
    }
    return (briefing, false, id)
  }

  /// Keeps the record `id` for `save` without reading it: the caller already holds its
  /// briefing (see `BuildMemory`). Without such a record, one is made from the article and
  /// briefing, so the pack is as complete as after extracting.
  func keep(id: String?, article: Article, briefing: Briefing) {
    guard let id, directory != nil else { return }
    if pack.key == key, let record = pack.records[id] {
      lock.withLock { used[id] = .packed(record) }
    } else {
      let articleBytes = ArticleCoding.encode(article)
      let briefingBytes = BriefingCoding.encode(briefing)
      lock.withLock { used[id] = .new(head: articleBytes, body: briefingBytes) }
    }
  }

  /// Writes this build's new records (see `RecordPack.update`); removes the entry files of
  /// the first cache format when the pack is written whole.
  func save() {
    guard let directory, let url = packURL else { return }
    pack.update(at: url, key: key, kept: lock.withLock { used })
    Self.removeFormatOneEntries(in: directory)
  }

  /// Deletes the one-file-per-article entries (`<32 hex>.json`) of the first cache format.
  private static func removeFormatOneEntries(in directory: URL) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
    else { return }
    for name in names where name.hasSuffix(".json") && name.count == 37 {
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  static var encoder: JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    return e
  }
}

/// The extraction cache's file format.
typealias ExtractionPack = RecordPack
