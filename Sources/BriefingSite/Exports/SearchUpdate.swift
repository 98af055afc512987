/// The last build's search index changed where records changed, and nowhere else: the changed
/// records' terms are folded (their old terms come from ``SearchCache``), and only the shards
/// holding a term whose ids changed are loaded, updated and encoded again.
///
/// When records were added or dropped, ids move: the records are lined up by digest
/// (``SearchAlignment``), only the added ones are folded, and every shard is loaded and its
/// ids moved (`SearchUpdate+Moved.swift`).
///
/// It gives up (nil, and the index is made afresh) whenever its result could differ from a
/// fresh one's by more than those shards' contents: records that do not line up within a few
/// changes, a term with no shard to go to, a shard emptied, or sizes that would split or join
/// shards differently (``SearchShards/split``). Otherwise the shards are exactly the fresh
/// ones: a shard's terms and ids depend only on the records, and the split only on their sizes.
struct SearchUpdate {
  /// Every shard of the new index, in order.
  var shards: [SearchCache.ShardInfo]
  /// The shards made again, by digest, with their bytes.
  var changed: [String: (shard: SearchTermIndex.Shard, bytes: [UInt8])] = [:]
  /// The terms of the changed records, by record digest.
  var terms: [String: SearchTermIndex.RecordTerms] = [:]

  private typealias Change = (id: Int32, all: Bool, title: Bool)

  init?(layout: SearchCache.Layout, cache: SearchCache, records: SearchRecords) {
    let digests = records.digests
    // Many changed records: folding them all again is as cheap, and simpler.
    let limit = max(records.count / 20, 16)
    if layout.records.count == records.count {
      let changedIDs = digests.indices.filter { digests[$0] != layout.records[$0] }
      if changedIDs.count <= limit {
        self.init(changedIDs, layout: layout, cache: cache, records: records)
        return
      }
    }
    guard let alignment = SearchAlignment(old: layout.records, new: digests, limit: limit) else {
      return nil
    }
    self.init(alignment, layout: layout, cache: cache, records: records)
  }

  /// The update when every record kept its id and `changedIDs` changed in place: only the
  /// shards with a term whose ids changed are loaded.
  private init?(
    _ changedIDs: [Int], layout: SearchCache.Layout, cache: SearchCache, records: SearchRecords
  ) {
    let digests = records.digests
    var deltas: [String: [Change]] = [:]
    for i in changedIDs {
      guard let old = cache.terms(of: layout.records[i]) else { return nil }
      let new = SearchTermIndex.RecordTerms(records.record(i))
      terms[digests[i]] = new
      let oldAll = Set(old.all)
      let newAll = Set(new.all)
      let oldTitles = Set(old.titles)
      let newTitles = Set(new.titles)
      for t in oldAll.union(newAll) {
        let all = newAll.contains(t)
        let title = newTitles.contains(t)
        if all != oldAll.contains(t) || title != oldTitles.contains(t) {
          deltas[t, default: []].append((Int32(i), all, title))
        }
      }
    }
    var byPrefix: [String: Int] = [:]
    for (k, s) in layout.shards.enumerated() { byPrefix[s.prefix] = k }
    var touched: [Int: [String]] = [:]
    for t in deltas.keys {
      guard let k = Self.shard(of: t, in: layout.shards, byPrefix: byPrefix) else { return nil }
      touched[k, default: []].append(t)
    }
    shards = layout.shards
    for (k, changedTerms) in touched {
      guard var shard = cache.shard(layout.shards[k]) else { return nil }
      Self.apply(changedTerms, deltas, to: &shard)
      guard let made = Self.made(shard) else { return nil }
      shards[k] = made.info
      changed[made.info.digest] = (shard, made.bytes)
    }
    guard Self.splitHolds(shards, touched: touched.keys) else { return nil }
  }

  /// An updated shard's info and bytes, or nil when it is empty or a leaf grown past the budget
  /// (a fresh index would have split it).
  static func made(_ shard: SearchTermIndex.Shard)
    -> (info: SearchCache.ShardInfo, bytes: [UInt8])?
  {
    guard !shard.terms.isEmpty else { return nil }
    let size = shard.size
    let single = shard.terms.count == 1 && shard.terms[0].term == shard.prefix
    if !shard.own && size > SearchShards.shardBudget && !single { return nil }
    let bytes = shard.bytes
    return (SearchCache.ShardInfo(shard, bytes: bytes), bytes)
  }

  /// Whether every prefix split above a `touched` shard is still over the budget: one that
  /// fell under it would have its shards joined by a fresh index.
  static func splitHolds(_ shards: [SearchCache.ShardInfo], touched: some Sequence<Int>) -> Bool {
    var subtree: [String: Int] = [:]
    for s in shards {
      for q in SearchTermIndex.path(of: s.prefix) { subtree[q, default: 0] += s.size }
    }
    for k in touched {
      let s = shards[k]
      let split = SearchTermIndex.path(of: s.prefix).dropLast(s.own ? 0 : 1)
      for q in split where subtree[q, default: 0] <= SearchShards.shardBudget { return false }
    }
    return true
  }

  /// The shard that holds `term`: the leaf on its path, or the own shard of the term itself.
  static func shard(
    of term: String, in shards: [SearchCache.ShardInfo], byPrefix: [String: Int]
  ) -> Int? {
    for q in SearchTermIndex.path(of: term) {
      guard let k = byPrefix[q] else { continue }
      if !shards[k].own || q == term { return k }
    }
    return nil
  }

  /// Sets each changed id's membership of `changedTerms` in `shard`; a term found in no record
  /// leaves the shard, a new one joins it in order.
  private static func apply(
    _ changedTerms: [String], _ deltas: [String: [Change]], to shard: inout SearchTermIndex.Shard
  ) {
    var position: [String: Int] = [:]
    for (j, t) in shard.terms.enumerated() { position[t.term] = j }
    var added: [SearchTermIndex.Term] = []
    var removed = false
    for term in changedTerms {
      var all: [Int32] = []
      var titles: [Int32] = []
      if let j = position[term] {
        all = shard.terms[j].all
        titles = shard.terms[j].titles
      }
      for change in deltas[term] ?? [] {
        set(change.id, change.all, in: &all)
        set(change.id, change.title, in: &titles)
      }
      let updated = SearchTermIndex.Term(term: term, all: all, titles: titles)
      if let j = position[term] {
        shard.terms[j] = updated
        removed = removed || all.isEmpty
      } else if !all.isEmpty {
        added.append(updated)
      }
    }
    if removed { shard.terms.removeAll { $0.all.isEmpty } }
    if !added.isEmpty {
      shard.terms += added
      shard.terms.sort { $0.term < $1.term }
    }
  }

  /// Puts `id` in the sorted `ids` or takes it out.
  private static func set(_ id: Int32, _ present: Bool, in ids: inout [Int32]) {
    var low = 0
    var high = ids.count
    while low < high {
      let mid = (low + high) / 2
      if ids[mid] < id { low = mid + 1 } else { high = mid }
    }
    let found = low < ids.count && ids[low] == id
    if present && !found { ids.insert(id, at: low) }
    if !present && found { ids.remove(at: low) }
  }
}
