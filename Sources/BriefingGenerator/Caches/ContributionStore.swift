import BriefingModels
import BriefingStore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Each briefing's ``BriefingContribution`` on disk (`.briefing-cache/contributions.store`),
/// keyed by the briefing's source (the extraction record's id, which decides the briefing),
/// with the one ``IdTable`` all their numbers come from: a rebuild reads numbers instead of
/// making every briefing's contribution from its strings again.
///
/// One file of fixed layout, read with one call and checked whole: the magic `BRFCONT1`; the
/// key (UInt32 length, UTF-8); the table (UInt32 count, then each string as a UInt32 length
/// and its UTF-8); the records (UInt32 count, then each as its source's length and bytes, a
/// UInt32 word count and its words, Int32 little-endian); a `StableHash` of all of that (8
/// bytes). The table only grows while the file lives, so a stored record's ids stay valid; the
/// file is rewritten whole, with the records of this build, whenever a record is added or
/// dropped. A file that is damaged, cut or of another key or format is ignored and rewritten.
struct ContributionStore {
  static let fileName = "contributions.store"
  static let magic = Array("BRFCONT1".utf8)
  /// Bump when the layout (of the file or of a contribution) changes.
  static let formatVersion = "2"

  let url: URL?
  let key: String
  /// Every string a stored or new record names.
  private(set) var table = IdTable()
  /// Stored records by source, each a contribution's words.
  private(set) var stored: [String: [Int32]] = [:]
  /// True when the file was read whole, with this key.
  private(set) var wasRead = false

  /// The store in `directory` (none: an empty store that `save` does not write).
  init(directory: URL?, key: String) {
    url = directory?.appendingPathComponent(Self.fileName)
    self.key = Self.formatVersion + "|" + key
    guard let url, let data = try? Data(contentsOf: url, options: .alwaysMapped),
      let read = Self.read(data, key: self.key)
    else { return }
    (table, stored, wasRead) = (read.table, read.records, true)
  }

  /// The contributions of `briefings` (in their order), by their articles' sources
  /// (`sources`): a stored record where there is one, made from the briefing otherwise, and
  /// the records of this build to save. A briefing without a source gets no record.
  mutating func contributions(
    of briefings: [Briefing], sources: [String: String]
  ) -> (contributions: Contributions, used: [String: [Int32]]) {
    var list: [BriefingContribution] = []
    list.reserveCapacity(briefings.count)
    var used: [String: [Int32]] = [:]
    used.reserveCapacity(briefings.count)
    for b in briefings {
      let source = sources[b.article.id]
      if let source, let words = stored[source],
        let c = BriefingContribution(words: words, idCount: table.count)
      {
        list.append(c)
        used[source] = words
        continue
      }
      let c = BriefingContribution(b, table: &table)
      list.append(c)
      if let source { used[source] = c.words }
    }
    return (Contributions(table: table, briefings: list), used)
  }

  /// Writes `used` (source → words) when it is not exactly what the file holds; errors are
  /// ignored (a cache is best effort).
  func save(_ used: [String: [Int32]]) {
    guard let url else { return }
    if wasRead, used.count == stored.count, used.keys.allSatisfy({ stored[$0] != nil }) {
      return
    }
    let bytes = Self.bytes(key: key, table: table, records: used)
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    // Written beside and renamed over the store, so a build killed mid-write leaves the old
    // file or the new one, never half of one.
    let temporary = url.path + ".tmp-\(getpid())"
    guard (try? Data(bytes).write(to: URL(fileURLWithPath: temporary))) != nil else { return }
    if rename(temporary, url.path) != 0 { unlink(temporary) }
  }

  /// The file's bytes for `records`, in source order.
  static func bytes(key: String, table: IdTable, records: [String: [Int32]]) -> [UInt8] {
    var out = magic
    out.reserveCapacity(
      records.values.reduce(0) { $0 + 4 * $1.count + 48 } + 24 * table.count + key.utf8.count + 32)
    func u32(_ v: Int) {
      withUnsafeBytes(of: UInt32(truncatingIfNeeded: v).littleEndian) { out.append(contentsOf: $0) }
    }
    func string(_ s: String) {
      var s = s
      s.withUTF8 { utf8 in
        u32(utf8.count)
        out.append(contentsOf: utf8)
      }
    }
    string(key)
    u32(table.count)
    for s in table.strings { string(s) }
    u32(records.count)
    for (source, words) in records.sorted(by: { $0.key < $1.key }) {
      string(source)
      u32(words.count)
      // The words as they lie in memory where that is little-endian: one copy per record, not
      // one append per word (two million at 10,000 articles).
      #if _endian(little)
        words.withUnsafeBytes { out.append(contentsOf: $0) }
      #else
        for w in words { withUnsafeBytes(of: w.littleEndian) { out.append(contentsOf: $0) } }
      #endif
    }
    var h = StableHash()
    h.add(out)
    withUnsafeBytes(of: h.value.littleEndian) { out.append(contentsOf: $0) }
    return out
  }

  /// The table and records of a file's bytes; nil unless they are whole, checked and of `key`.
  static func read(_ data: Data, key: String) -> (
    table: IdTable, records: [String: [Int32]]
  )? {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      guard raw.count >= magic.count + 8,
        raw.prefix(magic.count).elementsEqual(magic)
      else { return nil }
      let end = raw.count - 8
      var h = StableHash()
      h.add(UnsafeRawBufferPointer(rebasing: raw[..<end]))
      guard h.value == UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end, as: UInt64.self))
      else { return nil }
      var at = magic.count
      func u32() -> Int? {
        guard at + 4 <= end else { return nil }
        let v = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))
        at += 4
        return Int(v)
      }
      func string() -> String? {
        guard let n = u32(), n <= end - at else { return nil }
        let utf8 = UnsafeRawBufferPointer(rebasing: raw[at..<at + n])
        at += n
        return String(validating: utf8.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
      }
      guard string() == key, let count = u32(), count <= end - at else { return nil }
      var strings: [String] = []
      strings.reserveCapacity(count)
      for _ in 0..<count {
        guard let s = string() else { return nil }
        strings.append(s)
      }
      guard let table = IdTable(strings: strings), let n = u32(), n <= end - at else {
        return nil
      }
      var records: [String: [Int32]] = [:]
      records.reserveCapacity(n)
      for _ in 0..<n {
        guard let source = string(), let words = u32(), words <= (end - at) / 4 else {
          return nil
        }
        let start = at
        records[source] = [Int32](unsafeUninitializedCapacity: words) { buffer, count in
          for i in 0..<words {
            buffer[i] = Int32(
              littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * i, as: Int32.self))
          }
          count = words
        }
        at += 4 * words
      }
      guard at == end else { return nil }
      return (table, records)
    }
  }
}
