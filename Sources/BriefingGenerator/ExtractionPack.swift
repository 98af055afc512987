import Foundation

/// The on-disk form of the extraction cache: one file of records, read with one call.
///
/// Layout: the magic `BRFXPK02`, the cache key (UInt32 length, UTF-8), then records of
/// `id` (32 ASCII hex digits: the hash of key and article), article length and briefing length
/// (UInt32 little-endian each), the article's JSON and the briefing's JSON. New records are
/// appended; a later record with the same id wins. Reading stops at the first incomplete
/// record (a build killed mid-append); such a pack, or one with another key or magic, is
/// rewritten whole by the next build.
struct ExtractionPack: Sendable {
  static let magic = Array("BRFXPK02".utf8)
  static let idLength = 32

  /// Where one record's parts lie in `bytes`.
  struct Record: Sendable {
    var article: Range<Int>
    var briefing: Range<Int>
  }

  /// The whole file, as read.
  let bytes: Data
  /// The key in the header (nil when the header is unreadable).
  let key: String?
  /// Records by id; for ids written twice, the later record.
  let records: [String: Record]
  /// Records in the file, superseded ones included.
  let recordCount: Int
  /// True when every byte after the header belongs to a complete record, so appending is safe.
  let isWhole: Bool

  /// An empty pack (no file, or an unreadable one).
  init() {
    bytes = Data()
    key = nil
    records = [:]
    recordCount = 0
    isWhole = false
  }

  /// Reads the pack at `url`; a missing or damaged file gives the records read before the damage.
  init(contentsOf url: URL) {
    guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
      self.init()
      return
    }
    self.init(bytes: data)
  }

  init(bytes: Data) {
    self.bytes = bytes
    var key: String?
    var records: [String: Record] = [:]
    var count = 0
    var whole = false
    bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let n = raw.count
      func u32(_ at: Int) -> Int? {
        guard at + 4 <= n else { return nil }
        return Int(raw[at]) | Int(raw[at + 1]) << 8 | Int(raw[at + 2]) << 16 | Int(raw[at + 3])
          << 24
      }
      guard n >= Self.magic.count + 4, Array(raw[0..<Self.magic.count]) == Self.magic,
        let keyLength = u32(Self.magic.count), Self.magic.count + 4 + keyLength <= n
      else { return }
      let keyStart = Self.magic.count + 4
      guard let k = String(validating: raw[keyStart..<keyStart + keyLength], as: UTF8.self)
      else { return }
      key = k
      var at = keyStart + keyLength
      while true {
        if at == n {
          whole = true
          break
        }
        let lengths = at + Self.idLength
        guard let articleLength = u32(lengths), let briefingLength = u32(lengths + 4) else { break }
        let articleStart = lengths + 8
        let briefingStart = articleStart + articleLength
        let end = briefingStart + briefingLength
        guard end <= n, let id = String(validating: raw[at..<lengths], as: UTF8.self) else { break }
        records[id] = Record(article: articleStart..<briefingStart, briefing: briefingStart..<end)
        count += 1
        at = end
      }
    }
    self.key = key
    self.records = records
    self.recordCount = count
    self.isWhole = whole
  }

  /// The bytes of `range` in the file.
  func slice(_ range: Range<Int>) -> Data {
    bytes[bytes.startIndex + range.lowerBound..<bytes.startIndex + range.upperBound]
  }

  /// The header of a pack for `key`.
  static func header(key: String) -> [UInt8] {
    var out = magic
    appendLength(key.utf8.count, to: &out)
    out += key.utf8
    return out
  }

  /// One record, ready to be written after a header or at the end of a whole pack.
  static func record(id: String, article: some Collection<UInt8>, briefing: some Collection<UInt8>)
    -> [UInt8]
  {
    var out: [UInt8] = []
    out.reserveCapacity(idLength + 8 + article.count + briefing.count)
    out += id.utf8
    appendLength(article.count, to: &out)
    appendLength(briefing.count, to: &out)
    out += article
    out += briefing
    return out
  }

  private static func appendLength(_ value: Int, to out: inout [UInt8]) {
    let v = UInt32(truncatingIfNeeded: value)
    out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
  }
}
