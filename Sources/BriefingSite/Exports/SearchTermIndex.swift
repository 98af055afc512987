/// The search index's terms, shard by shard: what the `search/s/<i>.json` files hold, kept as
/// ids (not only bytes) so that a rebuild can change the few terms an edit touched
/// (``SearchUpdate``) instead of folding every record's text again.
struct SearchTermIndex: Sendable {
  /// One folded term: the ids of the records whose text holds it, and of those whose title does.
  struct Term: Sendable {
    var term: String
    var all: [Int32]
    var titles: [Int32]
    /// `"term":["postings","postings"]` as the shard writes it.
    var entry: [UInt8]

    init(term: String, all: [Int32], titles: [Int32]) {
      self.term = term
      self.all = all
      self.titles = titles
      entry = Self.entry(term, all, titles)
    }

    static func entry(_ term: String, _ all: [Int32], _ titles: [Int32]) -> [UInt8] {
      let key = SafeJSON.encode(term).dropLast()
      let postings = SafeJSON.encode([Postings.encode(all), Postings.encode(titles)]).dropLast()
      // Exactly sized: an entry lives as long as its shard.
      var bytes: [UInt8] = []
      bytes.reserveCapacity(key.count + 1 + postings.count)
      bytes += key
      bytes.append(UInt8(ascii: ":"))
      bytes += postings
      return bytes
    }
  }

  /// One file `search/s/<i>.json`: the terms under `prefix` (see ``SearchShards/split``).
  struct Shard: Sendable {
    var prefix: String
    /// True when the prefix was split further and this shard holds only the term equal to it.
    var own: Bool
    /// Sorted by term.
    var terms: [Term]

    /// What ``SearchShards/split`` counts against the budget.
    var size: Int { terms.reduce(0) { $0 + $1.entry.count + 1 } }

    var bytes: [UInt8] {
      var out: [UInt8] = [UInt8(ascii: "{")]
      out.reserveCapacity(size + 2)
      for (j, term) in terms.enumerated() {
        if j > 0 { out.append(UInt8(ascii: ",")) }
        out += term.entry
      }
      out += [UInt8(ascii: "}"), UInt8(ascii: "\n")]
      return out
    }
  }

  /// A record's folded terms: those of its title, and all it is found by (title, text and
  /// indexed words), each sorted and distinct.
  struct RecordTerms: Sendable, Equatable {
    var titles: [String]
    var all: [String]

    init(titles: [String], all: [String]) {
      self.titles = titles
      self.all = all
    }

    init(_ r: SearchIndex.Record) {
      let titleTerms = Set(SearchShards.terms(r.title))
      titles = titleTerms.sorted()
      all = titleTerms.union(SearchShards.terms(r.text)).union(SearchShards.terms(r.indexed))
        .sorted()
    }
  }

  var shards: [Shard]

  /// Each term's record ids, gathered record by record in id order, so that a record's terms
  /// need not outlive its turn.
  struct Gathering {
    var all: [String: [Int32]] = [:]
    var titles: [String: [Int32]] = [:]

    mutating func add(_ r: RecordTerms, id: Int32) {
      for t in r.titles { titles[t, default: []].append(id) }
      for t in r.all { all[t, default: []].append(id) }
    }
  }

  /// The index of records whose terms are `terms` (record `i` has `terms[i]`), split into shards.
  init(_ terms: [RecordTerms]) {
    var gathering = Gathering()
    for (i, r) in terms.enumerated() { gathering.add(r, id: Int32(i)) }
    self.init(gathering)
  }

  /// The index of the records gathered, split into shards.
  init(_ gathering: Gathering) {
    let titles = gathering.titles
    let terms = gathering.all.map { term, ids in
      Term(term: term, all: ids, titles: titles[term] ?? [])
    }
    self.init(sorted: terms.sorted { $0.term < $1.term })
  }

  /// The index of `terms`, in ascending order of term, split into shards. ``SearchShards/split``
  /// gives each shard a run of the sorted terms, in order.
  init(sorted terms: [Term]) {
    var sizes: [String: Int] = [:]
    sizes.reserveCapacity(terms.count)
    for t in terms { sizes[t.term] = t.entry.count }
    var start = 0
    shards = SearchShards.split(terms: terms.map(\.term), prefix: "", sizes: sizes).map { s in
      defer { start += s.terms.count }
      return Shard(
        prefix: s.prefix, own: s.own, terms: Array(terms[start..<(start + s.terms.count)]))
    }
    assert(start == terms.count)
  }

  init(shards: [Shard]) { self.shards = shards }

  /// The prefixes ``SearchShards/split`` walks through to place `term`: the empty prefix, then
  /// one more character of the term at a time, up to the term itself.
  static func path(of term: String) -> [String] {
    var out = [""]
    var prefix = ""
    while true {
      let next = prefix + String(term.dropFirst(prefix.count).prefix(1))
      if next == prefix { return out }
      out.append(next)
      prefix = next
    }
  }
}
