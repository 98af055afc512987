import BriefingModels
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Extraction results on disk, keyed by a hash of the article and the extraction's cache key.
///
/// Lives in `.briefing-cache/extractions.pack` beside content/ (never in output/): one file
/// (see `ExtractionPack`) read once per build, instead of one small file per article. Each
/// record stores the article it was made from and is used only when the key and the article's
/// bytes match exactly, so a changed tool, changed parties or a hash collision all mean
/// "extract again". New results are appended; once records no build used make up more than a
/// quarter of the live ones (or the pack is damaged or has another key) the pack is rewritten
/// with only the records of the last build. A cache that cannot be read or written is not used.
final class ExtractionCache: @unchecked Sendable {
  /// Bump when the record format changes.
  static let formatVersion = "2"
  static let packName = "extractions.pack"

  let directory: URL?
  let key: String
  private let pack: ExtractionPack
  private let lock = NSLock()
  /// Records this build used, by id: kept from the pack, or new bytes to write.
  private var used: [String: Kept] = [:]

  private enum Kept {
    case packed(ExtractionPack.Record)
    case new([UInt8])
  }

  init(directory: URL?, key: String) {
    self.directory = directory
    self.key = Self.formatVersion + "|" + key
    pack =
      directory.map { ExtractionPack(contentsOf: $0.appendingPathComponent(Self.packName)) }
      ?? ExtractionPack()
  }

  var packURL: URL? { directory?.appendingPathComponent(Self.packName) }

  /// The briefing of `article`: the cached one when there is a record for this key and exactly
  /// this article, otherwise `extract`'s (remembered for `save`). `cached` tells which.
  func briefing(for article: Article, extract: (Article) throws -> Briefing) rethrows -> (
    briefing: Briefing, cached: Bool
  ) {
    guard directory != nil, let articleBytes = try? Self.encoder.encode(article) else {
      return (try extract(article), false)
    }
    var h = ContentHash()
    h.add(key)
    h.add(articleBytes)
    let id = h.hex
    if pack.key == key, let record = pack.records[id],
      pack.slice(record.article) == articleBytes,
      let briefing = try? JSONDecoder().decode(Briefing.self, from: pack.slice(record.briefing))
    {
      lock.withLock { used[id] = .packed(record) }
      return (briefing, true)
    }
    let briefing = try extract(article)
    if let briefingBytes = try? Self.encoder.encode(briefing) {
      let bytes = ExtractionPack.record(id: id, article: articleBytes, briefing: briefingBytes)
      lock.withLock { used[id] = .new(bytes) }
    }
    return (briefing, false)
  }

  /// Writes this build's new records: appended when the pack is whole, has this key and holds
  /// few unused records; otherwise the pack is rewritten with exactly the records used.
  func save() {
    guard let directory, let url = packURL else { return }
    let used = lock.withLock { self.used }
    let added = used.filter { if case .new = $0.value { true } else { false } }
    let packedUsed = used.count - added.count
    let unused = pack.recordCount - packedUsed
    let hasPack = pack.key != nil
    if pack.key == key && pack.isWhole && unused * 4 <= used.count {
      if added.isEmpty { return }
      var bytes: [UInt8] = []
      for (_, kept) in added.sorted(by: { $0.key < $1.key }) {
        if case .new(let record) = kept { bytes += record }
      }
      if append(bytes, to: url) { return }
    }
    if !hasPack && used.isEmpty { return }
    var bytes = ExtractionPack.header(key: key)
    for (id, kept) in used.sorted(by: { $0.key < $1.key }) {
      switch kept {
      case .new(let record): bytes += record
      case .packed(let record):
        bytes += ExtractionPack.record(
          id: id, article: pack.slice(record.article), briefing: pack.slice(record.briefing))
      }
    }
    let fm = FileManager.default
    try? fm.createDirectory(at: directory, withIntermediateDirectories: true)
    try? Data(bytes).write(to: url, options: .atomic)
    Self.removeFormatOneEntries(in: directory)
  }

  /// Appends with one `write` to a file opened for appending; false when that failed.
  private func append(_ bytes: [UInt8], to url: URL) -> Bool {
    let fd = open(url.path, O_WRONLY | O_APPEND)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    return written == bytes.count
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
