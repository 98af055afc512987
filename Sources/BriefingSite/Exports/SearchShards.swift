import Foundation

/// The search index in pieces fetched on demand, the way Pagefind shards its index: a query
/// downloads the small manifest, the term shards its words fall in, and the few record chunks of
/// the results it shows, never the whole index.
///
/// - `search/index.json` (the manifest): the number of records, how they are cut into chunks
///   (`chunks`: each run's first record and records per chunk), and each shard's term prefix
///   (shard `i` is `search/s/<i>.json`).
/// - A shard maps each folded term that starts with its prefix (and with no longer shard's) to
///   `[records, titles]`: the ids of the records whose text holds the term, and of those whose
///   title does, each list encoded by ``Postings``. A shard larger than ``shardBudget`` is split
///   by the next character, so a shard holds few terms, or one very common one.
/// - `search/r/<k>.json`: the records of chunk `k` (``chunkRanges(records:events:)``) as
///   `[type, title, url, text]`, text cut to ``snippetLength`` characters. Ids follow the rank
///   order of ``SearchIndex``: parties, briefings, then events.
struct SearchShards {
  static let manifestPath = SitePaths.searchManifest
  static let shardBudget = 12_000
  /// Parties' and briefings' records per chunk (~1.8 KB). A party's name, the likeliest query,
  /// ranks the briefings that name it first, and they lie far apart: the first page of results
  /// fetches up to ten chunks, so these stay small.
  static let chunk = 8
  /// Events' records per chunk (~7.5 KB): events rank last and make nine in ten records, so
  /// their chunks can be larger with few queries fetching more (2,280 → 425 files at 1,000
  /// articles; `Benchmarks/search_fetch.py`, Benchmarks/LOG.md).
  static let eventChunk = 64
  static let snippetLength = 140

  /// Every file of the index: path and bytes, the manifest first, made from scratch.
  static func files(_ search: SearchIndex) -> [(path: String, bytes: [UInt8])] {
    files(records: search.records)
  }

  static func files(records: [SearchIndex.Record]) -> [(path: String, bytes: [UInt8])] {
    let index = SearchTermIndex(records.map(SearchTermIndex.RecordTerms.init))
    let events = firstEvent(records)
    var files: [(String, [UInt8])] = [
      (manifestPath, manifest(index.shards.map(\.prefix), records.count, events: events))
    ]
    for (i, shard) in index.shards.enumerated() { files.append((shardPath(i), shard.bytes)) }
    for (k, range) in chunkRanges(records: records.count, events: events).enumerated() {
      files.append((chunkPath(k), chunk(records[range])))
    }
    return files
  }

  static func shardPath(_ i: Int) -> String { "search/s/\(i).json" }
  static func chunkPath(_ k: Int) -> String { "search/r/\(k).json" }

  /// The id of the first event's record (`records.count` without events).
  static func firstEvent(_ records: [SearchIndex.Record]) -> Int {
    records.firstIndex { $0.type == "event" } ?? records.count
  }

  /// The manifest's `chunks`: `[first record, records per chunk]` for each run of chunks.
  static func runs(records: Int, events: Int) -> [[Int]] {
    var runs: [[Int]] = events > 0 || records == 0 ? [[0, chunk]] : []
    if events < records { runs.append([events, eventChunk]) }
    return runs
  }

  /// The ids of each chunk's records, chunk by chunk: parties and briefings ``chunk`` at a
  /// time, events (from `events` on) ``eventChunk`` at a time.
  static func chunkRanges(records: Int, events: Int) -> [Range<Int>] {
    let runs = runs(records: records, events: events)
    var out: [Range<Int>] = []
    for (i, run) in runs.enumerated() {
      let end = i + 1 < runs.count ? runs[i + 1][0] : records
      out += stride(from: run[0], to: end, by: run[1]).map { $0..<min($0 + run[1], end) }
    }
    return out
  }

  static func manifest(_ prefixes: [String], _ records: Int, events: Int) -> [UInt8] {
    SafeJSON.encode(
      Manifest(records: records, chunks: runs(records: records, events: events), shards: prefixes))
  }

  /// `search/r/<k>.json`: the records of one chunk.
  static func chunk(_ records: some Collection<SearchIndex.Record>) -> [UInt8] {
    SafeJSON.encode(records.map { r in [r.type, r.title, r.url, snippet(r.text)] })
  }

  struct Manifest: Encodable {
    var version = 2
    var records: Int
    var chunks: [[Int]]
    var shards: [String]
  }

  /// The shards of `terms` (sorted, all starting with `prefix`): one, when their entries fit the
  /// budget or cannot be split; else the term equal to the prefix (if any, an `own` shard) and
  /// a split by the next character. Shards come out in prefix order.
  static func split(terms: [String], prefix: String, sizes: [String: Int])
    -> [(prefix: String, own: Bool, terms: [String])]
  {
    let size = terms.reduce(0) { $0 + sizes[$1]! + 1 }
    if size <= shardBudget || terms.allSatisfy({ $0 == prefix }) {
      return terms.isEmpty ? [] : [(prefix, false, terms)]
    }
    var out: [(prefix: String, own: Bool, terms: [String])] = []
    let own = terms.filter { $0 == prefix }
    if !own.isEmpty { out.append((prefix, true, own)) }
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
