/// How the last build's search records line up with this build's, by digest: which records
/// are new, which are gone, and where every kept record's id moved.
///
/// A record's id is its rank, so one event added to the timeline moves the id of every record
/// after it. Lined up, the records that are still there keep their terms (read back from the
/// pack by digest, never folded again) and only the added ones are folded: the index is
/// updated instead of made afresh (18.6 G instructions of the 39.4 G an edit that adds a dated
/// event cost at 10,000 articles, Benchmarks/LOG.md 2026-12-07).
///
/// Past the common head and tail, each new record is matched to the first old record with its
/// digest after the last one matched (digests are nearly all distinct; an event's changes with
/// its date's version, so one re-merged date changes every record of that date: hundreds at
/// 10,000 articles, too many for an edit script bounded tightly enough to stay cheap). Any such
/// matching is a valid one; more than `limit` records added (each to be folded) or dropped, and
/// nil: the index is made afresh.
struct SearchAlignment: Equatable {
  /// Old id → new id, or -1 for a record that is gone.
  var moved: [Int32]
  /// New ids of the records that are not the old record at that place, ascending.
  var inserted: [Int]
  /// Old ids of the records that are gone, ascending.
  var deleted: [Int]

  init?(old: [String], new: [String], limit: Int) {
    var head = 0
    while head < old.count && head < new.count && old[head] == new[head] { head += 1 }
    var tail = 0
    while tail < old.count - head && tail < new.count - head
      && old[old.count - 1 - tail] == new[new.count - 1 - tail]
    {
      tail += 1
    }
    var moved = [Int32](repeating: -1, count: old.count)
    for i in 0..<head { moved[i] = Int32(i) }
    for t in 0..<tail { moved[old.count - 1 - t] = Int32(new.count - 1 - t) }
    // Each old digest of the middle, with its places in ascending order.
    var places: [String: [Int]] = [:]
    places.reserveCapacity(old.count - tail - head)
    for i in head..<(old.count - tail) { places[old[i], default: []].append(i) }
    var inserted: [Int] = []
    var last = head - 1
    for j in head..<(new.count - tail) {
      if let i = places[new[j]]?.first(where: { $0 > last }) {
        moved[i] = Int32(j)
        last = i
      } else {
        inserted.append(j)
        if inserted.count > limit { return nil }
      }
    }
    let deleted = (head..<(old.count - tail)).filter { moved[$0] < 0 }
    guard deleted.count <= limit else { return nil }
    self.moved = moved
    self.inserted = inserted
    self.deleted = deleted
  }
}
