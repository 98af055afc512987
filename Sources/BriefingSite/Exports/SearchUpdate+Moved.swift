import BriefingParallel

extension SearchUpdate {
  /// The update when records were added or dropped, lined up by `alignment`: the added records'
  /// terms are read back by digest or folded, every shard is loaded, its ids moved (a dropped
  /// record's leave every term) and the added records' ids joined to their terms, and the
  /// terms, in order, are split into shards again as a fresh index splits them (ids moved
  /// change sizes, so a shard near the budget can split or join). No kept record is built or
  /// folded.
  init?(
    _ alignment: SearchAlignment, layout: SearchCache.Layout, cache: SearchCache,
    records: SearchRecords
  ) {
    let digests = records.digests
    var joinAll: [String: [Int32]] = [:]
    var joinTitles: [String: [Int32]] = [:]
    for j in alignment.inserted {
      let new = cache.terms(of: digests[j]) ?? SearchTermIndex.RecordTerms(records.record(j))
      terms[digests[j]] = new
      for t in new.all { joinAll[t, default: []].append(Int32(j)) }
      for t in new.titles { joinTitles[t, default: []].append(Int32(j)) }
    }
    var byPrefix: [String: Int] = [:]
    for (k, s) in layout.shards.enumerated() { byPrefix[s.prefix] = k }
    var arriving: [Int: [String]] = [:]
    var homeless: [String] = []
    for t in joinAll.keys {
      if let k = Self.shard(of: t, in: layout.shards, byPrefix: byPrefix) {
        arriving[k, default: []].append(t)
      } else {
        homeless.append(t)
      }
    }
    let (moved, all, titles, arrivals) = (alignment.moved, joinAll, joinTitles, arriving)
    let loaded = Array(layout.shards.indices).concurrentMap { k -> [SearchTermIndex.Term]? in
      guard let postings = cache.postings(layout.shards[k]) else { return nil }
      return Self.moved(
        postings, moved: moved, arriving: arrivals[k] ?? [], all: all, titles: titles)
    }
    // Each shard is a run of the index's sorted terms, so in shard order they are all sorted
    // (checked: the split below relies on it).
    var index: [SearchTermIndex.Term] = []
    for list in loaded {
      guard let list else { return nil }
      index += list
    }
    if !homeless.isEmpty {
      for t in homeless {
        index.append(SearchTermIndex.Term(term: t, all: all[t] ?? [], titles: titles[t] ?? []))
      }
      index.sort { $0.term < $1.term }
    }
    for i in index.indices.dropFirst() where !(index[i - 1].term < index[i].term) { return nil }
    let made = SearchTermIndex(sorted: index).shards.concurrentMap {
      shard -> (shard: SearchTermIndex.Shard, info: SearchCache.ShardInfo, bytes: [UInt8]) in
      let bytes = shard.bytes
      return (shard, SearchCache.ShardInfo(shard, bytes: bytes), bytes)
    }
    for m in made { changed[m.info.digest] = (m.shard, m.bytes) }
    shards = made.map(\.info)
  }

  /// One shard's terms with every id moved and the `arriving` terms' new ids joined, in order;
  /// nil when the pack's ids do not fit `moved` (a pack that does not match its layout).
  private static func moved(
    _ postings: [(term: String, all: [Int32], titles: [Int32])], moved: [Int32],
    arriving: [String], all: [String: [Int32]], titles: [String: [Int32]]
  ) -> [SearchTermIndex.Term]? {
    var fits = true
    func move(_ ids: [Int32]) -> [Int32] {
      var out: [Int32] = []
      out.reserveCapacity(ids.count)
      for id in ids {
        guard id >= 0, Int(id) < moved.count else {
          fits = false
          return []
        }
        let n = moved[Int(id)]
        if n >= 0 { out.append(n) }
      }
      return out
    }
    var arrivals = Set(arriving)
    var terms: [SearchTermIndex.Term] = []
    terms.reserveCapacity(postings.count + arriving.count)
    for p in postings {
      var a = move(p.all)
      var t = move(p.titles)
      if arrivals.remove(p.term) != nil {
        a = merged(a, all[p.term] ?? [])
        t = merged(t, titles[p.term] ?? [])
      }
      if !a.isEmpty { terms.append(SearchTermIndex.Term(term: p.term, all: a, titles: t)) }
    }
    guard fits else { return nil }
    if !arrivals.isEmpty {
      for term in arrivals {
        terms.append(
          SearchTermIndex.Term(term: term, all: all[term] ?? [], titles: titles[term] ?? []))
      }
      terms.sort { $0.term < $1.term }
    }
    return terms
  }

  /// Two ascending lists of ids, none in both, as one.
  private static func merged(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    if b.isEmpty { return a }
    var out: [Int32] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i] < b[j]) {
        out.append(a[i])
        i += 1
      } else {
        out.append(b[j])
        j += 1
      }
    }
    return out
  }
}
