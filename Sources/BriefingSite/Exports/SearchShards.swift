import Foundation

/// The search index in pieces fetched on demand, the way Pagefind shards its index: a query
/// downloads the small manifest, the term shards its words fall in, and the few record chunks of
/// the results it shows, never the whole index.
///
/// - `search/index.json` (the manifest): the number of records, the records per chunk, and each
///   shard's term prefix (shard `i` is `search/s/<i>.json`).
/// - A shard maps each folded term that starts with its prefix (and with no longer shard's) to
///   `[records, titles]`: the ids of the records whose text holds the term, and of those whose
///   title does, each list encoded by ``Postings``. A shard larger than ``shardBudget`` is split
///   by the next character, so a shard holds few terms, or one very common one.
/// - `search/r/<k>.json`: records `k * chunk ..< (k + 1) * chunk` as `[type, title, url, text]`,
///   text cut to ``snippetLength`` characters. Ids follow the rank order of ``SearchIndex``, so
///   the first results of a query share a chunk or two.
struct SearchShards {
  static let manifestPath = SitePaths.searchManifest
  static let shardBudget = 12_000
  static let chunk = 8
  static let snippetLength = 140

  /// Every file of the index: path and bytes, the manifest first.
  static func files(_ search: SearchIndex) -> [(path: String, bytes: [UInt8])] {
    let records = search.records
    var all: [String: [Int32]] = [:]
    var titles: [String: [Int32]] = [:]
    for (i, r) in records.enumerated() {
      let id = Int32(i)
      let titleTerms = Set(terms(r.title))
      for t in titleTerms.sorted() { titles[t, default: []].append(id) }
      let words = titleTerms.union(terms(r.text)).union(terms(r.indexed))
      for t in words.sorted() { all[t, default: []].append(id) }
    }
    // Each term's entry as it is written in a shard, and its size.
    var entries: [String: [UInt8]] = [:]
    for (term, ids) in all {
      let value = [Postings.encode(ids), Postings.encode(titles[term] ?? [])]
      let key = SafeJSON.encode(term).dropLast()
      let postings = SafeJSON.encode(value).dropLast()
      // Exactly sized: an entry lives until every shard is written.
      var bytes: [UInt8] = []
      bytes.reserveCapacity(key.count + 1 + postings.count)
      bytes += key
      bytes.append(UInt8(ascii: ":"))
      bytes += postings
      entries[term] = bytes
    }
    let shards = split(terms: entries.keys.sorted(), prefix: "", sizes: entries.mapValues(\.count))
    var files: [(String, [UInt8])] = []
    let manifest = Manifest(
      records: records.count, chunk: chunk, shards: shards.map(\.prefix))
    files.append((manifestPath, SafeJSON.encode(manifest)))
    for (i, shard) in shards.enumerated() {
      var out: [UInt8] = [UInt8(ascii: "{")]
      for (j, term) in shard.terms.enumerated() {
        if j > 0 { out.append(UInt8(ascii: ",")) }
        out += entries[term]!
      }
      out += Array("}\n".utf8)
      files.append(("search/s/\(i).json", out))
    }
    for (k, start) in stride(from: 0, to: records.count, by: chunk).enumerated() {
      let rows = records[start..<min(start + chunk, records.count)].map { r in
        [r.type, r.title, r.url, snippet(r.text)]
      }
      files.append(("search/r/\(k).json", SafeJSON.encode(rows)))
    }
    return files
  }

  struct Manifest: Encodable {
    var version = 1
    var records: Int
    var chunk: Int
    var shards: [String]
  }

  /// The shards of `terms` (sorted, all starting with `prefix`): one, when their entries fit the
  /// budget or cannot be split; else the term equal to the prefix (if any) and a split by the
  /// next character. Shards come out in prefix order.
  static func split(terms: [String], prefix: String, sizes: [String: Int])
    -> [(prefix: String, terms: [String])]
  {
    let size = terms.reduce(0) { $0 + sizes[$1]! + 1 }
    if size <= shardBudget || terms.allSatisfy({ $0 == prefix }) {
      return terms.isEmpty ? [] : [(prefix, terms)]
    }
    var out: [(prefix: String, terms: [String])] = []
    let own = terms.filter { $0 == prefix }
    if !own.isEmpty { out.append((prefix, own)) }
    var groups: [(String, [String])] = []
    for t in terms where t != prefix {
      let next = prefix + String(t.dropFirst(prefix.count).prefix(1))
      if groups.last?.0 == next {
        groups[groups.count - 1].1.append(t)
      } else {
        groups.append((next, [t]))
      }
    }
    for (p, ts) in groups { out += split(terms: ts, prefix: p, sizes: sizes) }
    return out
  }

  static func snippet(_ text: String) -> String {
    text.count > snippetLength ? String(text.prefix(snippetLength - 1)) + "…" : text
  }

  /// The words of `text` as search matches them: accents removed, lower case, split at every
  /// character that is neither a letter nor a digit (as `search.js` folds a query).
  ///
  /// Words of ASCII letters and digits are folded byte by byte; only a word with other
  /// characters goes through ``unicodeTerms(_:)``. An ASCII character that is neither letter
  /// nor digit ends a word in both, and is a starter that canonical decomposition never moves
  /// anything across, so the two agree on every text (`SearchShardsTests` checks it). The
  /// pair is worth it: `unicodeTerms` over every record was 11.4 G of the 22.6 G instructions
  /// of a one-edit `generate` of the 1,000-article benchmark corpus (callgrind, Benchmarks/LOG.md).
  static func terms(_ text: String) -> [String] {
    var out: [String] = []
    var word: [UInt8] = []
    var ascii = true
    func flush() {
      guard !word.isEmpty else { return }
      let text = String(decoding: word, as: UTF8.self)
      if ascii { out.append(text) } else { out += unicodeTerms(text) }
      word.removeAll(keepingCapacity: true)
      ascii = true
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        word.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
      case 0x80...:
        word.append(byte)
        ascii = false
      default: flush()
      }
    }
    flush()
    return out
  }

  /// ``terms(_:)`` for any text, scalar by scalar: canonical decomposition, combining accents
  /// (U+0300-U+036F) dropped, letters and digits lowercased, anything else a word boundary.
  static func unicodeTerms(_ text: String) -> [String] {
    var out: [String] = []
    var word = String.UnicodeScalarView()
    func flush() {
      if !word.isEmpty { out.append(String(word)) }
      word = String.UnicodeScalarView()
    }
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      if (0x300...0x36F).contains(scalar.value) { continue }
      let p = scalar.properties
      if p.isAlphabetic || p.numericType != nil {
        word.append(contentsOf: String(scalar).lowercased().unicodeScalars)
      } else {
        flush()
      }
    }
    flush()
    return out
  }
}

/// A sorted list of record ids as a short JSON-safe string: `d` and the gaps between ids in
/// base-32 digits (a digit of 32 or more says another follows), or `b` and a bitmap of the ids
/// six to a character, whichever is shorter. A term found in half the records costs one
/// character per six records.
enum Postings {
  static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

  static func encode(_ ids: [Int32]) -> String {
    if ids.isEmpty { return "" }
    var gaps: [UInt8] = [UInt8(ascii: "d")]
    var previous: Int32 = -1
    for id in ids {
      var gap = Int(id - previous - 1)
      previous = id
      while gap >= 32 {
        gaps.append(alphabet[32 + gap & 31])
        gap >>= 5
      }
      gaps.append(alphabet[gap])
    }
    let last = Int(ids.last!)
    if last / 6 + 2 < gaps.count {
      var bits = [UInt8](repeating: 0, count: last / 6 + 1)
      for id in ids { bits[Int(id) / 6] |= 1 << (Int(id) % 6) }
      return String(decoding: [UInt8(ascii: "b")] + bits.map { alphabet[Int($0)] }, as: UTF8.self)
    }
    return String(decoding: gaps, as: UTF8.self)
  }
}
