import BriefingModels

/// One happening that reports date a few days apart ("on 7 June" in one outlet, "on 8 June"
/// in another). The timeline keeps such reports as separate entries (it merges only reports of
/// the same date); this rule pairs them back when they are plainly the same happening.
///
/// Two entries are one happening dated differently when all of these hold: both are dated to
/// a day, one to ``maxDaysApart`` days apart; they are of the same specific kind (not the vague
/// "statement" or "other"); they share a party and name no different places; no article reports both (an article that
/// gives both dates tells of two happenings); and some report of each says it in much the
/// same words (``wordOverlap`` and at least ``sharedWords``, numbers aside), states its date
/// in that sentence (a date carried over from an earlier sentence is too weak a claim), and
/// has the same series words ("first stage" and "second stage" are two happenings). A group
/// never spans more than ``maxDaysApart`` days: 7, 9 and 11 June are not chained into one.
enum DateDisagreements {
  static let maxDaysApart = 3
  /// Jaccard overlap of content words above which two sentences tell one happening.
  static let wordOverlap = 0.4
  /// Content words two sentences must share at least: short sentences overlap by chance.
  static let sharedWords = 5
  /// Reports compared per entry: an entry with hundreds of sources is judged on its first few.
  static let reportsCompared = 8

  private static let vague: Set<Event.Kind> = [.statement, .other]

  /// Groups of timeline positions (two or more, in order), each one happening dated differently.
  /// With `memory`, a pair of entries compared last time is not compared again (the memory
  /// is then set to this run's digests and verdicts).
  static func groups(_ r: Reports, memory: DateRuleMemory? = nil) -> [[Int]] {
    // Keyed by kind and day as a pair, not by a string made of them for every entry; the
    // dated entries' days and spans in arrays by timeline position, not dictionaries.
    var bucketOf: [KindDay: Int] = [:]
    var buckets: [Bucket] = []
    var days = [Int](repeating: 0, count: r.timeline.count)
    var positions: [Int] = []
    for (i, e) in r.timeline.enumerated()
    where e.date.precision == .day && !vague.contains(e.kind) {
      guard let day = Reports.day(e.date.value) else { continue }
      days[i] = day
      positions.append(i)
      let key = KindDay(e.kind, day)
      if let b = bucketOf[key] {
        buckets[b].all.append(i)
      } else {
        bucketOf[key] = buckets.count
        buckets.append(Bucket(all: [i]))
      }
    }
    var parent = Array(r.timeline.indices)
    /// Per group root, its first and last day.
    var first = days
    var last = days
    func root(_ i: Int) -> Int {
      var i = i
      while parent[i] != i {
        parent[i] = parent[parent[i]]
        i = parent[i]
      }
      return i
    }
    // Each entry's dated reports are read once, not again for every entry it is compared with
    // (at 10,000 articles a day holds many entries of a kind, and the pairs grow quadratically).
    var said: [Int: [Said]] = [:]
    var named: [Int: Named] = [:]
    let reports = Memo(
      named: { i in
        if let known = named[i] { return known }
        let made = Named(r.timeline[i])
        named[i] = made
        return made
      },
      said: { i in
        if let known = said[i] { return known }
        let made = dated(r.timeline[i], r)
        said[i] = made
        return made
      })
    var verdicts = Verdicts(memory, dated: positions, r)
    for b in buckets.indices { verdicts.sort(&buckets[b]) }
    for i in positions {
      let kind = r.timeline[i].kind
      for apart in 1...maxDaysApart {
        guard let b = bucketOf[KindDay(kind, days[i] + apart)] else { continue }
        for j in verdicts.candidates(i, buckets[b])
        where verdicts.same(i, j, compare: { sameHappening(i, j, r, reports) }) {
          let (a, b) = (root(i), root(j))
          guard a != b else { continue }
          let joined = (min(first[a], first[b]), max(last[a], last[b]))
          guard joined.1 - joined.0 <= maxDaysApart else { continue }
          parent[max(a, b)] = min(a, b)
          (first[min(a, b)], last[min(a, b)]) = joined
        }
      }
    }
    verdicts.keep(in: memory)
    var groups: [Int: [Int]] = [:]
    for i in positions { groups[root(i), default: []].append(i) }
    return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
  }

  /// The dated entries of one kind and day (timeline positions, in order); with a memory, also
  /// those of them the last run did not compare, and how many it did.
  private struct Bucket {
    var all: [Int]
    var fresh: [Int] = []
    var compared = 0
  }

  /// The pairs' verdicts of one run: taken from the last run's memory when both entries'
  /// digests were compared then, else compared; this run's are kept for the next.
  ///
  /// An entry compared last time that was then found to be one happening with none is found
  /// so again with every other entry compared then: its pairs with those are counted as taken
  /// without being looked at, and only its pairs with entries new to the rule are walked (an
  /// edit makes few). A set look-up for each of millions of pairs was most of the rule's cost
  /// at 10,000 articles.
  private struct Verdicts {
    let last: DateRuleMemory.Last?
    /// Digests of the dated entries by timeline position (none for an unknown source), whether
    /// the last run compared each, and whether it found one to be one happening with a later
    /// entry: arrays, looked up by position for every pair.
    var digests: [DateRuleMemory.Digest?] = []
    var compared: [Bool] = []
    var paired: [Bool] = []
    var same: Set<DateRuleMemory.Pair> = []
    var reused = 0

    init(_ memory: DateRuleMemory?, dated: [Int], _ r: Reports) {
      guard let memory else {
        last = nil
        return
      }
      let last = memory.last
      self.last = last
      let sources = memory.sources
      let earlier = Set(last.same.map(\.first))
      digests = Array(repeating: nil, count: r.timeline.count)
      compared = Array(repeating: false, count: r.timeline.count)
      paired = Array(repeating: false, count: r.timeline.count)
      for i in dated {
        guard let d = DateRuleMemory.digest(r.timeline[i], sources: sources) else { continue }
        digests[i] = d
        compared[i] = last.compared.contains(d)
        paired[i] = earlier.contains(d)
      }
    }

    /// Fills in `bucket`'s entries new to the rule and the count of the others.
    func sort(_ bucket: inout Bucket) {
      guard !digests.isEmpty else { return }
      for j in bucket.all {
        if compared[j] { bucket.compared += 1 } else { bucket.fresh.append(j) }
      }
    }

    /// The entries of `bucket` whose pair with `i` must be looked at, in order: all of them,
    /// or, when `i`'s verdicts with the ones compared last time are all "two happenings", the
    /// others (those pairs counted as taken from memory).
    mutating func candidates(_ i: Int, _ bucket: Bucket) -> [Int] {
      guard last != nil, !digests.isEmpty, compared[i], !paired[i] else { return bucket.all }
      reused += bucket.compared
      return bucket.fresh
    }

    /// Whether entries `i` and `j` (`j` the later) are one happening.
    mutating func same(_ i: Int, _ j: Int, compare: () -> Bool) -> Bool {
      guard !digests.isEmpty, let a = digests[i], let b = digests[j] else { return compare() }
      let pair = DateRuleMemory.Pair(a, b)
      let verdict: Bool
      if let last, compared[i], compared[j] {
        verdict = paired[i] && last.same.contains(pair)
        reused += 1
      } else {
        verdict = compare()
      }
      if verdict { same.insert(pair) }
      return verdict
    }

    func keep(in memory: DateRuleMemory?) {
      guard let memory else { return }
      memory.last = DateRuleMemory.Last(compared: Set(digests.compactMap { $0 }), same: same)
      memory.lastReused = reused
    }
  }

  private struct KindDay: Hashable {
    var kind: Event.Kind
    var day: Int

    init(_ kind: Event.Kind, _ day: Int) { (self.kind, self.day) = (kind, day) }
  }

  /// One report of an entry that states its date in its sentence: the sentence's words and
  /// series words.
  struct Said {
    var words: Set<String>
    var marks: Set<String>
  }

  /// The dated reports among the first ``reportsCompared`` of `entry`, in order.
  static func dated(_ entry: TimelineEntry, _ r: Reports) -> [Said] {
    entry.sources.prefix(reportsCompared).compactMap { s in
      datedSentence(s, r).map {
        let read = Reports.wordsAndMarks($0)
        return Said(words: read.words, marks: read.marks)
      }
    }
  }

  /// Who and where an entry names, and which articles report it, as sets.
  struct Named {
    var parties: Set<String>
    var places: Set<String>
    var articles: Set<String>

    init(_ e: TimelineEntry) {
      parties = Set(e.parties)
      places = Set(e.places)
      articles = Set(e.sources.map(\.article))
    }
  }

  /// Each entry's ``Named`` and dated reports, by timeline position, each made once.
  struct Memo {
    var named: (Int) -> Named
    var said: (Int) -> [Said]
  }

  static func sameHappening(_ i: Int, _ j: Int, _ r: Reports) -> Bool {
    sameHappening(
      i, j, r, Memo(named: { Named(r.timeline[$0]) }, said: { dated(r.timeline[$0], r) }))
  }

  /// Whether entries `i` and `j` are one happening, reading entries through `memo`.
  static func sameHappening(_ i: Int, _ j: Int, _ r: Reports, _ memo: Memo) -> Bool {
    let (a, b) = (memo.named(i), memo.named(j))
    guard !a.parties.isDisjoint(with: b.parties) else { return false }
    // Named in different places, they are two happenings ("near Minsk", "near Bangkok").
    if !a.places.isEmpty && !b.places.isEmpty && a.places.isDisjoint(with: b.places) {
      return false
    }
    guard a.articles.isDisjoint(with: b.articles) else { return false }
    let theirs = memo.said(j)
    for x in memo.said(i) {
      for y in theirs where y.marks == x.marks {
        if Reports.similar(x.words, y.words, overlap: wordOverlap, shared: sharedWords) {
          return true
        }
      }
    }
    return false
  }

  /// The sentence of report `s` when it states the report's date itself.
  static func datedSentence(_ s: EventSource, _ r: Reports) -> String? {
    guard let sentence = r.sentence(s.article, s.sentence),
      let date = r.briefings[s.article]?.events.first(where: { $0.id == s.event })?.date,
      !date.text.isEmpty, sentence.contains(date.text)
    else { return nil }
    return sentence
  }

  /// The disagreement of one group: one claim per article, with the date as its text gives it.
  static func disagreement(_ group: [Int], _ r: Reports) -> DisagreementFinder.Found? {
    var claims: [Disagreement.Claim] = []
    var seen: Set<String> = []
    for i in group {
      for s in r.timeline[i].sources where seen.insert(s.article).inserted {
        let date =
          r.briefings[s.article]?.events.first { $0.id == s.event }?.date ?? r.timeline[i].date
        let shown = Reports.dayText(date.value) ?? date.value
        let value =
          date.text.contains(where: \.isNumber) || date.text.isEmpty
          ? date.text.isEmpty ? shown : date.text : "\(date.text) (\(shown))"
        claims.append(
          .init(
            article: s.article, source: r.sourceName(s.article), sentence: s.sentence,
            text: r.sentence(s.article, s.sentence) ?? s.text, value: value))
      }
    }
    guard claims.count > 1 else { return nil }
    return .init(
      kind: .date, subject: r.subject(r.timeline[group[0]], dated: false), entries: group,
      claims: claims)
  }
}
