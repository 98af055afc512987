import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A cache file of records, read with one call: the extraction cache (article → briefing) and
/// the reading cache (file → article) each keep one in `.briefing-cache/`.
///
/// Layout: the magic `BRFPACK3`, the pack's key (UInt32 length, UTF-8), then records of an id,
/// a head and a body, each a UInt32 little-endian length and its bytes. New records are
/// appended; a later record with the same id wins. Reading stops at the first incomplete
/// record (a build killed mid-append); such a pack, or one with another key or magic, is
/// rewritten whole by the next `update`.
public struct RecordPack: Sendable {
  static let magic = Array("BRFPACK3".utf8)

  /// Where one record's parts lie in `bytes`.
  public struct Record: Sendable {
    public var head: Range<Int>
    public var body: Range<Int>
  }

  /// A record to keep when the pack is written: one read from the old pack, or new bytes.
  public enum Kept: Sendable {
    case packed(Record)
    case new(head: [UInt8], body: [UInt8])
    /// A new record whose body is encoded only when the pack is written, so a cold build's
    /// thousands of new records are not all held as bytes at once.
    case made(head: Data, body: @Sendable () -> [UInt8])
  }

  /// The whole file, as read.
  public let bytes: Data
  /// The key in the header (nil when the header is unreadable).
  public let key: String?
  /// Records by id; for ids written twice, the later record.
  public let records: [String: Record]
  /// Records in the file, superseded ones included.
  public let recordCount: Int
  /// True when every byte after the header belongs to a complete record, so appending is safe.
  public let isWhole: Bool

  /// An empty pack (no file, or an unreadable one).
  public init() {
    bytes = Data()
    key = nil
    records = [:]
    recordCount = 0
    isWhole = false
  }

  /// Reads the pack at `url`; a damaged file gives the records read before the damage.
  public init(contentsOf url: URL) {
    guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
      self.init()
      return
    }
    self.init(bytes: data)
  }

  public init(bytes: Data) {
    self.bytes = bytes
    var key: String?
    var records: [String: Record] = [:]
    var count = 0
    var whole = false
    bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let n = raw.count
      /// The range of the length-prefixed part at `at`, if it fits.
      func part(_ at: Int) -> Range<Int>? {
        guard at + 4 <= n else { return nil }
        let length =
          Int(raw[at]) | Int(raw[at + 1]) << 8 | Int(raw[at + 2]) << 16 | Int(raw[at + 3]) << 24
        guard at + 4 + length <= n else { return nil }
        return at + 4..<at + 4 + length
      }
      guard n >= Self.magic.count, Array(raw[0..<Self.magic.count]) == Self.magic,
        let keyRange = part(Self.magic.count),
        let k = String(validating: raw[keyRange], as: UTF8.self)
      else { return }
      key = k
      // Counted first so the table is made once at its size: growing it was a quarter of
      // reading the packs (their 150,000 records at 10,000 articles).
      var ahead = keyRange.upperBound
      var expected = 0
      while let idRange = part(ahead), let head = part(idRange.upperBound),
        let body = part(head.upperBound)
      {
        expected += 1
        ahead = body.upperBound
      }
      records.reserveCapacity(expected)
      var at = keyRange.upperBound
      while true {
        if at == n {
          whole = true
          break
        }
        guard let idRange = part(at), let head = part(idRange.upperBound),
          let body = part(head.upperBound),
          let id = Self.string(raw[idRange])
        else { break }
        records[id] = Record(head: head, body: body)
        count += 1
        at = body.upperBound
      }
    }
    self.key = key
    self.records = records
    self.recordCount = count
    self.isWhole = whole
  }

  /// A record id's text, if its bytes are UTF-8. Ids are ASCII (hashes, slugs, paths) and taken
  /// as they are when they are: `String(validating:)` on a slice of raw bytes went a generic
  /// way, 0.17 G instructions for the 150,000 records a rebuild of 10,000 articles reads.
  static func string(_ bytes: Slice<UnsafeRawBufferPointer>) -> String? {
    let buffer = UnsafeRawBufferPointer(rebasing: bytes).assumingMemoryBound(to: UInt8.self)
    if buffer.allSatisfy({ $0 < 0x80 }) { return String(decoding: buffer, as: UTF8.self) }
    return String(validating: buffer, as: UTF8.self)
  }

  /// The bytes of `range` in the file.
  public func slice(_ range: Range<Int>) -> Data {
    bytes[bytes.startIndex + range.lowerBound..<bytes.startIndex + range.upperBound]
  }

  /// Writes a build's records to `url`, the pack this one was read from: new records are
  /// appended when this pack is whole, has `key` and few records the build did not use (at
  /// most a quarter of the used ones); otherwise the pack is rewritten with exactly `kept`.
  /// Nothing is written when nothing changed. Errors are ignored: a cache is best effort.
  public func update(at url: URL, key: String, kept: [String: Kept]) {
    var added: [(id: String, head: [UInt8], body: [UInt8])] = []
    var made = 0
    for (id, record) in kept {
      if case .new(let head, let body) = record { added.append((id, head, body)) }
      if case .made = record { made += 1 }
    }
    // Made records are encoded here only when the pack can take them as an append.
    let packed = kept.count - added.count - made
    if appendable(added.count + made, packed: packed, key: key) {
      for (id, record) in kept {
        if case .made(let head, let body) = record { added.append((id, Array(head), body())) }
      }
      if append(added, at: url, key: key, packed: packed) { return }
    }
    if self.key == nil && kept.isEmpty { return }
    // Streamed into a temporary file renamed over the pack: a whole pack in one array (and
    // again in a `Data`) was the peak of a cold build's memory.
    guard let writer = Writer(url: url, key: key) else { return }
    for (id, record) in kept.sorted(by: { $0.key < $1.key }) {
      switch record {
      case .new(let head, let body): writer.add(id, head: head, body: body)
      case .packed(let r): writer.add(id, head: slice(r.head), body: slice(r.body))
      case .made(let head, let body): writer.add(id, head: head, body: body())
      }
    }
    writer.finish()
  }

  /// How many bytes a rewrite gathers before it writes them.
  static let flushSize = 1 << 20

  /// Writes all of `bytes` to `fd`, however many calls it takes; false on an error.
  static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        offset += n
      }
      return true
    }
  }

  /// The append half of ``update(at:key:kept:)``, for a caller that keeps `packed` records of
  /// this pack (every one it does not add) without listing them: appends `added` and returns
  /// true when this pack is whole, has `key` and few unused records; false means the caller
  /// must rewrite the pack with ``update(at:key:kept:)``.
  public func append(
    _ added: [(id: String, head: [UInt8], body: [UInt8])], at url: URL, key: String, packed: Int
  ) -> Bool {
    guard appendable(added.count, packed: packed, key: key) else { return false }
    if added.isEmpty { return true }
    var bytes: [UInt8] = []
    for record in added.sorted(by: { $0.id < $1.id }) {
      Self.appendRecord(record.id, record.head, record.body, to: &bytes)
    }
    return Self.append(bytes, to: url)
  }

  /// Whether ``append(_:at:key:packed:)`` would take `added` new records for a build that keeps
  /// `packed` of this pack's (checked before encoding them).
  public func appendable(_ added: Int, packed: Int, key: String) -> Bool {
    self.key == key && isWhole && (recordCount - packed) * 4 <= packed + added
  }

  static func appendRecord(
    _ id: String, _ head: some Collection<UInt8>, _ body: some Collection<UInt8>,
    to out: inout [UInt8]
  ) {
    appendPart(Array(id.utf8), to: &out)
    appendPart(head, to: &out)
    appendPart(body, to: &out)
  }

  static func appendPart(_ part: some Collection<UInt8>, to out: inout [UInt8]) {
    let v = UInt32(truncatingIfNeeded: part.count)
    out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
    out += part
  }

  /// Appends with one `write` to a file opened for appending; false when that failed.
  private static func append(_ bytes: [UInt8], to url: URL) -> Bool {
    let fd = open(url.path, O_WRONLY | O_APPEND | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    return written == bytes.count
  }
}
