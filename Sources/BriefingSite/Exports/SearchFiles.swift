import BriefingParallel
import BriefingStore

/// The search index's pages (``SearchShards``), each keyed by only what lands in it: a shard
/// by the digest of its bytes, a record chunk by its records, the manifest by its bytes. With
/// a ``SearchCache`` the index is updated from the last build's (``SearchUpdate``), so an edit
/// folds only the changed records and builds only the shards their terms fall in; the others
/// are read back from the pack only if the output lacks them.
enum SearchFiles {
  static func pages(records: [SearchIndex.Record], cache: SearchCache?, keyed: String?) -> [Page] {
    pages(records: SearchRecords(records), cache: cache, keyed: keyed)
  }

  static func pages(records: SearchRecords, cache: SearchCache?, keyed: String?) -> [Page] {
    let digests = records.digests
    let shards: [SearchCache.ShardInfo]
    var made: [String: (shard: SearchTermIndex.Shard, bytes: [UInt8])] = [:]
    var terms: [String: SearchTermIndex.RecordTerms] = [:]
    var rewriter: RecordPack.Writer? = nil
    if let cache, let layout = cache.layout(),
      let update = SearchUpdate(layout: layout, cache: cache, records: records)
    {
      shards = update.shards
      made = update.changed
      terms = update.terms
    } else {
      // Every record is folded, a batch at a time, each record built only while it is and its
      // terms kept only until gathered (and, when the pack is written whole, written): every
      // record, then every record's terms, held at once were most of a cold build's peak.
      // Chunks build their records again when written.
      rewriter = cache?.rewriter()
      var gathering = SearchTermIndex.Gathering()
      var written: Set<String> = []
      for start in stride(from: 0, to: records.count, by: Self.batch) {
        let ids = Array(start..<min(start + Self.batch, records.count))
        let folded = ids.concurrentMap { SearchTermIndex.RecordTerms(records.record($0)) }
        for (i, t) in zip(ids, folded) {
          gathering.add(t, id: Int32(i))
          if let rewriter {
            if written.insert(digests[i]).inserted {
              SearchCache.writeTerms(t, of: digests[i], to: rewriter)
            }
          } else if cache != nil {
            terms[digests[i]] = t
          }
        }
      }
      let index = SearchTermIndex(gathering)
      var infos: [SearchCache.ShardInfo] = []
      for shard in index.shards {
        let bytes = shard.bytes
        let info = SearchCache.ShardInfo(shard, bytes: bytes)
        infos.append(info)
        made[info.digest] = (shard, bytes)
      }
      shards = infos
    }
    let key = { (parts: [String]) -> String? in
      keyed.map { k in
        var f = Fingerprint()
        f.add(k)
        for p in parts { f.add(p) }
        return f.hex
      }
    }
    let manifest = SearchShards.manifest(
      shards.map(\.prefix), records.count, events: records.events)
    var pages = [
      Page(
        path: SearchShards.manifestPath,
        key: key(["search-manifest", ByteDigest.hex(of: manifest)]),
        mediaType: "application/json", bytes: manifest)
    ]
    for (i, info) in shards.enumerated() {
      let path = SearchShards.shardPath(i)
      let k = key(["search-shard", info.digest])
      if let bytes = made[info.digest]?.bytes {
        pages.append(Page(path: path, key: k, mediaType: "application/json", bytes: bytes))
      } else if let cache {
        // Read back only when the output lacks these bytes; the layout was used only because
        // the pack holds every shard it names.
        pages.append(
          Page(path: path, key: k, mediaType: "application/json") {
            guard let shard = cache.shard(info) else {
              preconditionFailure("search.pack lost shard \(info.digest) while building")
            }
            return shard.bytes
          })
      }
    }
    let ranges = SearchShards.chunkRanges(records: records.count, events: records.events)
    for (k, range) in ranges.enumerated() {
      // Its records are built only if its key changed, and only while it is written.
      pages.append(
        Page(
          path: SearchShards.chunkPath(k),
          key: key(["search-chunk", String(SearchShards.snippetLength)] + digests[range]),
          mediaType: "application/json"
        ) { SearchShards.chunk(range.map(records.record)) })
    }
    let layout = SearchCache.Layout(records: digests, shards: shards)
    if let rewriter {
      SearchCache.finish(rewriter, layout: layout, shards: made.mapValues(\.shard))
    } else {
      cache?.save(layout, terms: terms, shards: made.mapValues(\.shard))
    }
    return pages
  }

  /// Records folded at once by a cold build: enough to keep every core busy.
  static let batch = 4096
}
