import BriefingStore
import Foundation

/// The search index between builds (`.briefing-cache/search.pack`), so that a rebuild after an
/// edit folds only the records that changed and rebuilds only the shards their terms fall in.
///
/// Records (all content-addressed, so a record never changes meaning): `r:<digest>` holds the
/// terms of the search record with that digest (``SearchRecords``: a hash of what decides the
/// record, or ``SearchCache/digest(of:)`` of the record itself), `s:<digest>` the
/// terms and ids of the shard whose bytes have that digest, and `~layout` (written after them:
/// a build killed while appending leaves the last whole layout) the digest of every record in
/// id order and each shard's prefix, size and digest. A layout naming a record the pack lacks is
/// not used. The pack's key is the tool's build: it decides how text is folded.
struct SearchCache: Sendable {
  static let packName = "search.pack"
  static let formatVersion = "2"
  static let layoutID = "~layout"

  /// What the last build's index looked like, without its terms.
  struct Layout: Sendable {
    /// Every record's digest (32 hex digits), in id order.
    var records: [String]
    var shards: [ShardInfo]
  }

  struct ShardInfo: Sendable {
    var prefix: String
    var own: Bool
    var size: Int
    /// ``ByteDigest`` of the shard's bytes.
    var digest: String
  }

  let url: URL
  let key: String
  let pack: RecordPack

  init(url: URL, tool: String) {
    self.url = url
    key = Self.formatVersion + "|" + tool + "|\(SearchShards.shardBudget)"
    pack = RecordPack(contentsOf: url)
  }

  /// What a record is found by and shows; equal digests mean equal terms and equal rows.
  static func digest(of r: SearchIndex.Record) -> String {
    var h = StableHash()
    h.add("search-record 1")
    h.add(r.type)
    h.add(r.title)
    h.add(r.text)
    h.add(r.url)
    h.add(r.indexed)
    return h.hex
  }

  /// The last build's layout, when the pack is this tool's and holds every shard it names.
  func layout() -> Layout? {
    guard pack.key == key, let record = pack.records[Self.layoutID] else { return nil }
    var reader = PackReader(pack.slice(record.body))
    guard let count = reader.int() else { return nil }
    var records: [String] = []
    records.reserveCapacity(count)
    for _ in 0..<count {
      guard let d = reader.string() else { return nil }
      records.append(d)
    }
    guard let shardCount = reader.int() else { return nil }
    var shards: [ShardInfo] = []
    for _ in 0..<shardCount {
      guard let prefix = reader.string(), let own = reader.int(), let size = reader.int(),
        let digest = reader.string(), pack.records["s:" + digest] != nil
      else { return nil }
      shards.append(ShardInfo(prefix: prefix, own: own == 1, size: size, digest: digest))
    }
    return reader.atEnd ? Layout(records: records, shards: shards) : nil
  }

  /// The terms of the record with `digest`, if the pack holds them.
  func terms(of digest: String) -> SearchTermIndex.RecordTerms? {
    guard pack.key == key, let record = pack.records["r:" + digest] else { return nil }
    var reader = PackReader(pack.slice(record.body))
    guard let titles = reader.strings(), let all = reader.strings(), reader.atEnd else {
      return nil
    }
    return SearchTermIndex.RecordTerms(titles: titles, all: all)
  }

  /// The shard of `info`, if the pack holds it whole.
  func shard(_ info: ShardInfo) -> SearchTermIndex.Shard? {
    guard let postings = postings(info) else { return nil }
    let terms = postings.map { SearchTermIndex.Term(term: $0.term, all: $0.all, titles: $0.titles) }
    return SearchTermIndex.Shard(prefix: info.prefix, own: info.own, terms: terms)
  }

  /// The terms and ids of the shard of `info`, without their bytes (an update that moves ids
  /// encodes each term once, after moving them).
  func postings(_ info: ShardInfo) -> [(term: String, all: [Int32], titles: [Int32])]? {
    guard let record = pack.records["s:" + info.digest] else { return nil }
    var reader = PackReader(pack.slice(record.body))
    guard let count = reader.int() else { return nil }
    var terms: [(term: String, all: [Int32], titles: [Int32])] = []
    terms.reserveCapacity(count)
    for _ in 0..<count {
      guard let term = reader.string(), let all = reader.ids(), let titles = reader.ids() else {
        return nil
      }
      terms.append((term, all, titles))
    }
    return reader.atEnd ? terms : nil
  }

  static func encode(_ layout: Layout) -> [UInt8] {
    var w = PackWriter()
    w.int(layout.records.count)
    for d in layout.records { w.string(d) }
    w.int(layout.shards.count)
    for s in layout.shards {
      w.string(s.prefix)
      w.int(s.own ? 1 : 0)
      w.int(s.size)
      w.string(s.digest)
    }
    return w.bytes
  }

  static func encode(_ terms: SearchTermIndex.RecordTerms) -> [UInt8] {
    var w = PackWriter()
    w.strings(terms.titles)
    w.strings(terms.all)
    return w.bytes
  }

  static func encode(_ shard: SearchTermIndex.Shard) -> [UInt8] {
    var w = PackWriter()
    w.int(shard.terms.count)
    for t in shard.terms {
      w.string(t.term)
      w.ids(t.all)
      w.ids(t.titles)
    }
    return w.bytes
  }

  /// A writer of the whole pack, when the pack on disk cannot be used at all (none, damaged,
  /// or another tool's): a cold build then writes each record's terms as they are folded
  /// (``writeTerms(_:of:to:)``) and ends with ``finish(_:layout:shards:)``, never holding them
  /// all, where ``save(_:terms:shards:)`` would rewrite the pack with the same records.
  func rewriter() -> RecordPack.Writer? {
    pack.key == key ? nil : RecordPack.Writer(url: url, key: key)
  }

  static func writeTerms(
    _ terms: SearchTermIndex.RecordTerms, of digest: String, to writer: RecordPack.Writer
  ) {
    writer.add("r:" + digest, head: [], body: encode(terms))
  }

  /// Writes every shard of `layout` (all in `shards`), then the layout, and puts the pack in
  /// place.
  static func finish(
    _ writer: RecordPack.Writer, layout: Layout, shards: [String: SearchTermIndex.Shard]
  ) {
    var written: Set<String> = []
    for s in layout.shards where written.insert(s.digest).inserted {
      if let shard = shards[s.digest] { writer.add("s:" + s.digest, head: [], body: encode(shard)) }
    }
    writer.add(layoutID, head: [], body: encode(layout))
    writer.finish()
  }

  /// Writes this build's index: `layout`, the terms of every record it names (`terms` holds
  /// those the pack may lack) and every shard (`shards` holds the new ones). Records of the
  /// pack are kept as they are; the pack is rewritten when too few of them are still used.
  func save(
    _ layout: Layout, terms: [String: SearchTermIndex.RecordTerms],
    shards: [String: SearchTermIndex.Shard]
  ) {
    let usable = pack.key == key
    // Each new record is encoded only as it is written: a cold build's terms of every record,
    // all encoded before the first was written, were the search export's largest transient.
    var added: [(id: String, body: @Sendable () -> [UInt8])] = []
    var packed = 0
    for d in Set(layout.records) {
      if usable, pack.records["r:" + d] != nil {
        packed += 1
      } else if let t = terms[d] {
        added.append(("r:" + d, { Self.encode(t) }))
      }
    }
    for s in layout.shards {
      if usable, pack.records["s:" + s.digest] != nil {
        packed += 1
      } else if let shard = shards[s.digest] {
        added.append(("s:" + s.digest, { Self.encode(shard) }))
      }
    }
    // `~layout` sorts after every other id, so it is appended last.
    let layoutBytes = Self.encode(layout)
    added.append((Self.layoutID, { layoutBytes }))
    if usable, pack.appendable(added.count, packed: packed, key: key),
      pack.append(added.map { ($0.id, [], $0.body()) }, at: url, key: key, packed: packed)
    {
      return
    }
    var kept: [String: RecordPack.Kept] = [:]
    for a in added { kept[a.id] = .made(head: Data(), body: a.body) }
    if usable {
      for d in layout.records where kept["r:" + d] == nil {
        if let r = pack.records["r:" + d] { kept["r:" + d] = .packed(r) }
      }
      for s in layout.shards where kept["s:" + s.digest] == nil {
        if let r = pack.records["s:" + s.digest] { kept["s:" + s.digest] = .packed(r) }
      }
    }
    pack.update(at: url, key: key, kept: kept)
  }
}

/// The little-endian lengths and strings of the search pack's records.
struct PackWriter {
  var bytes: [UInt8] = []

  mutating func int(_ v: Int) {
    let u = UInt32(truncatingIfNeeded: v)
    bytes += [UInt8(u & 0xFF), UInt8(u >> 8 & 0xFF), UInt8(u >> 16 & 0xFF), UInt8(u >> 24)]
  }

  mutating func string(_ s: String) {
    int(s.utf8.count)
    bytes += s.utf8
  }

  mutating func strings(_ list: [String]) {
    int(list.count)
    for s in list { string(s) }
  }

  mutating func ids(_ list: [Int32]) {
    int(list.count)
    for id in list { int(Int(id)) }
  }
}

/// Reads what ``PackWriter`` wrote; nil past the end (a damaged record is not used).
struct PackReader {
  let bytes: [UInt8]
  var offset = 0

  init(_ data: Data) { bytes = Array(data) }

  var atEnd: Bool { offset == bytes.count }

  mutating func int() -> Int? {
    guard offset + 4 <= bytes.count else { return nil }
    let v =
      UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
    offset += 4
    return Int(v)
  }

  mutating func string() -> String? {
    guard let n = int(), offset + n <= bytes.count else { return nil }
    defer { offset += n }
    return String(decoding: bytes[offset..<offset + n], as: UTF8.self)
  }

  mutating func strings() -> [String]? {
    guard let n = int(), n <= bytes.count else { return nil }
    var out: [String] = []
    out.reserveCapacity(n)
    for _ in 0..<n {
      guard let s = string() else { return nil }
      out.append(s)
    }
    return out
  }

  mutating func ids() -> [Int32]? {
    guard let n = int(), offset + 4 * n <= bytes.count else { return nil }
    var out: [Int32] = []
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(Int32(truncatingIfNeeded: int()!)) }
    return out
  }
}

extension SearchCache.ShardInfo {
  /// What the layout records of `shard`, whose encoding is `bytes`.
  init(_ shard: SearchTermIndex.Shard, bytes: [UInt8]) {
    self.init(
      prefix: shard.prefix, own: shard.own, size: shard.size, digest: ByteDigest.hex(of: bytes))
  }
}
