import BriefingModels
import BriefingStore
import Foundation

/// Article readings of earlier builds, reused for files whose `FileSignature` has not changed,
/// so a rebuild reads and parses only the articles edited since.
///
/// One `RecordPack` (`ContentLoader.readingCacheName` in the cache folder): per file (id: its
/// display path) a head (its path, signature, the time the reading began, warnings) and a body
/// (the `Article`), the head in `BinaryEncoder`'s form, the body in `ArticleCoding`'s (the form
/// the extraction cache hashes, so its bytes are handed on as they are). Its
/// key holds the reader's "today", which can change how a date in the text
/// resolves. A record is trusted only when path and signature match and the file's times are
/// more than `racyWindow` older than the start of the build that stored it: a file edited in
/// the same clock tick as it was read keeps its signature, so it is read again (and trusted
/// from the next build on). A missing, damaged or foreign pack means every article is read.
final class ReadingCache: @unchecked Sendable {
  static let version = "4"
  static let racyWindow: Int64 = 2_000_000_000

  private struct Head: Codable {
    var url: String
    var signature: FileSignature
    var readAt: Int64
    var warnings: [Diagnostic]
    /// `StableHash` of the body, so a damaged article is never taken for a real one.
    var bodyHash: UInt64
  }

  static func checksum(_ bytes: some ContiguousBytes) -> UInt64 {
    bytes.withUnsafeBytes { raw in
      var h = StableHash()
      h.add(raw)
      return h.value
    }
  }

  let url: URL
  let key: String
  /// When this build began reading; stored with each new record.
  let startedAt: Int64
  private let pack: RecordPack
  private let lock = NSLock()
  private var used: [String: RecordPack.Kept] = [:]

  init(url: URL, today: CalendarDate, startedAt: Int64) {
    self.url = url
    self.startedAt = startedAt
    key = Self.version + "|today=\(today.dayNumber)"
    pack = RecordPack(contentsOf: url)
  }

  /// The stored reading of the file at `filePath` shown as `displayPath`, if it can be trusted.
  func reading(displayPath: String, filePath: String, signature: FileSignature)
    -> ArticleReader.Reading?
  {
    guard pack.key == key, let record = pack.records[displayPath],
      let head = try? BinaryDecoder().decode(Head.self, from: pack.slice(record.head)),
      head.url == filePath, head.signature == signature,
      signature.modified < head.readAt - Self.racyWindow,
      signature.changed < head.readAt - Self.racyWindow,
      Self.checksum(pack.slice(record.body)) == head.bodyHash,
      let article = ArticleCoding.decode(pack.slice(record.body))
    else { return nil }
    lock.withLock { used[displayPath] = .packed(record) }
    return ArticleReader.Reading(article: article, warnings: head.warnings)
  }

  /// Keeps the stored record of `displayPath` for `save`, without reading it: the caller knows
  /// the file is unchanged (see `ReadingMemory`). A record that turns out stale is harmless: the
  /// next build that reads the pack checks its signature.
  func keep(displayPath: String) {
    guard pack.key == key, let record = pack.records[displayPath] else { return }
    lock.withLock { used[displayPath] = .packed(record) }
  }

  /// Remembers a fresh reading of a file whose signature was taken before it was read.
  func store(
    _ reading: ArticleReader.Reading, displayPath: String, filePath: String,
    signature: FileSignature
  ) {
    guard reading.warnings.allSatisfy({ $0.severity == .warning }) else { return }
    let encoder = BinaryEncoder()
    let bodyBytes = ArticleCoding.encode(reading.article)
    let head = Head(
      url: filePath, signature: signature, readAt: startedAt,
      warnings: reading.warnings, bodyHash: Self.checksum(bodyBytes))
    guard let headBytes = try? encoder.encode(head) else { return }
    lock.withLock { used[displayPath] = .new(head: Array(headBytes), body: bodyBytes) }
  }

  /// The `ArticleCoding` bytes of the article read from `displayPath` in this build, as stored.
  func encodedArticle(displayPath: String) -> Data? {
    switch lock.withLock({ used[displayPath] }) {
    case .packed(let record): return pack.slice(record.body)
    case .new(_, let body): return Data(body)
    case .made, nil: return nil
    }
  }

  /// Writes the records of this build (see `RecordPack.update`).
  func save() {
    pack.update(at: url, key: key, kept: lock.withLock { used })
  }
}
