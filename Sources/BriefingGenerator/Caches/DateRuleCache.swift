import BriefingExtraction
import BriefingStore
import Foundation

/// The date rule's digests and verdicts on disk (`.briefing-cache/dates.pack`), so that
/// `generate` after an edit compares only the pairs of entries the edit changed, as `preview`
/// does from memory (`DateRuleMemory`).
///
/// One record: the digests the last build compared and the pairs it found to be one happening,
/// as little-endian 64-bit numbers (tens of thousands are read back in a few million
/// instructions, where strings or `Codable` would cost many times that). The
/// digests hold each report's source, so the record needs no other check; the pack's key is
/// the extraction's (the tool's build, the editor's parties). A damaged pack gives no record.
struct DateRuleCache {
  static let formatVersion = "1"
  static let packName = "dates.pack"
  static let recordID = "verdicts"

  let url: URL
  let key: String
  let pack: RecordPack

  init?(directory: URL?, key: String) {
    guard let directory else { return nil }
    url = directory.appendingPathComponent(Self.packName)
    self.key = Self.formatVersion + "|" + key
    pack = RecordPack(contentsOf: url)
  }

  /// A memory holding the last build's verdicts (empty when the pack has none of this key).
  func memory(sources: [String: String]) -> DateRuleMemory {
    let memory = DateRuleMemory()
    memory.sources = sources
    if pack.key == key, let record = pack.records[Self.recordID],
      let last = Self.decode(pack.slice(record.body))
    {
      memory.last = last
    }
    return memory
  }

  /// Writes this build's verdicts (nothing when they are the ones on disk, or when there are
  /// none and no pack: a site without dated entries gets no `dates.pack`).
  func save(_ memory: DateRuleMemory) {
    let last = memory.last
    if last.compared.isEmpty && pack.key == nil { return }
    let body = Self.encode(last)
    if pack.key == key, let record = pack.records[Self.recordID],
      pack.slice(record.body).elementsEqual(body)
    {
      return
    }
    pack.update(at: url, key: key, kept: [Self.recordID: .new(head: [], body: body)])
  }

  static func encode(_ last: DateRuleMemory.Last) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(16 + 8 * last.compared.count + 16 * last.same.count)
    func put(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
    put(UInt64(last.compared.count))
    // In order, so that the same verdicts are the same bytes (a set's order is the process's).
    for d in last.compared.map(\.value).sorted() { put(d) }
    put(UInt64(last.same.count))
    for p in last.same.map({ ($0.first.value, $0.second.value) }).sorted(by: <) {
      put(p.0)
      put(p.1)
    }
    return out
  }

  /// The verdicts of `bytes`; nil when they are not exactly one encoding.
  static func decode(_ bytes: Data) -> DateRuleMemory.Last? {
    bytes.withUnsafeBytes { raw -> DateRuleMemory.Last? in
      var offset = 0
      func next() -> UInt64? {
        guard offset + 8 <= raw.count else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      }
      func digest() -> DateRuleMemory.Digest? { next().map(DateRuleMemory.Digest.init) }
      var last = DateRuleMemory.Last()
      guard let compared = next(), compared <= UInt64(raw.count / 8) else { return nil }
      last.compared.reserveCapacity(Int(compared))
      for _ in 0..<compared {
        guard let d = digest() else { return nil }
        last.compared.insert(d)
      }
      guard let same = next(), same <= UInt64(raw.count / 16) else { return nil }
      for _ in 0..<same {
        guard let a = digest(), let b = digest() else { return nil }
        last.same.insert(DateRuleMemory.Pair(a, b))
      }
      return offset == raw.count ? last : nil
    }
  }
}
