/// How the last build's search records line up with this build's, by digest: which records
/// are new, which are gone, and where every kept record's id moved.
///
/// A record's id is its rank, so one event added to the timeline moves the id of every record
/// after it. Lined up, the records that are still there keep their terms (read back from the
/// pack by digest, never folded again) and only the added ones are folded: the index is
/// updated instead of made afresh (18.6 G instructions of the 39.4 G an edit that adds a dated
/// event cost at 10,000 articles, Benchmarks/LOG.md 2026-12-07).
///
/// The alignment is a shortest edit script (Myers' O((N+M)·D) algorithm) after the common head
/// and tail are set aside, bounded by `limit` insertions and deletions: past it, nil, and the
/// index is made afresh.
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
    let a = old[head..<(old.count - tail)]
    let b = new[head..<(new.count - tail)]
    guard let script = Self.script(a, b, limit: limit) else { return nil }
    inserted = script.inserted.map { $0 + head }
    deleted = script.deleted.map { $0 + head }
    var moved = [Int32](repeating: -1, count: old.count)
    var gone = deleted.makeIterator()
    var nextGone = gone.next()
    var added = inserted.makeIterator()
    var nextAdded = added.next()
    var j = 0
    for i in old.indices {
      if i == nextGone {
        nextGone = gone.next()
        continue
      }
      while j == nextAdded {
        j += 1
        nextAdded = added.next()
      }
      moved[i] = Int32(j)
      j += 1
    }
    self.moved = moved
  }

  /// The deletions from `a` and insertions from `b` (offsets from each slice's start) of a
  /// shortest edit script, or nil when it needs more than `limit` of them.
  private static func script(_ a: ArraySlice<String>, _ b: ArraySlice<String>, limit: Int)
    -> (deleted: [Int], inserted: [Int])?
  {
    let n = a.count
    let m = b.count
    let (a0, b0) = (a.startIndex, b.startIndex)
    let most = min(limit, n + m)
    let offset = most + 1
    // v[k + offset]: the furthest x reached on diagonal k = x - y; `trace[d]` is v as round
    // d found it, for walking the path back.
    var v = [Int](repeating: 0, count: 2 * most + 3)
    var trace: [[Int]] = []
    for d in 0...most {
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset])
          ? v[k + 1 + offset] : v[k - 1 + offset] + 1
        var y = x - k
        while x < n && y < m && a[a0 + x] == b[b0 + y] {
          x += 1
          y += 1
        }
        v[k + offset] = x
        if x >= n && y >= m { return backtrack(trace, d: d, n: n, m: m, offset: offset) }
      }
    }
    return nil
  }

  /// The path of a script found in round `d`, walked back from its end.
  private static func backtrack(_ trace: [[Int]], d: Int, n: Int, m: Int, offset: Int)
    -> (deleted: [Int], inserted: [Int])
  {
    var deleted: [Int] = []
    var inserted: [Int] = []
    var x = n
    var y = m
    for round in stride(from: d, to: 0, by: -1) {
      let v = trace[round]
      let k = x - y
      let down = k == -round || (k != round && v[k - 1 + offset] < v[k + 1 + offset])
      let previousK = down ? k + 1 : k - 1
      let previousX = v[previousK + offset]
      let previousY = previousX - previousK
      if down { inserted.append(previousY) } else { deleted.append(previousX) }
      x = previousX
      y = previousY
    }
    return (deleted.reversed(), inserted.reversed())
  }
}
