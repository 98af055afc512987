import BriefingModels
import BriefingParallel

/// Lookups over a corpus computed once per plan: parties and briefings by id, the timeline in
/// date order, and what each party said and took part in.
struct SiteIndex: Sendable {
  /// One statement with the article it came from (its id: a copy of the whole briefing per
  /// statement cost a rebuild more in reference counting than all its lookups).
  struct StatementRef: Sendable {
    var article: String
    var statement: Statement
    /// Position in the briefing's statements (its anchor).
    var index: Int
    var date: DateLabel
    /// The briefing's position in ``SiteIndex/briefingsByDate`` (-1 in a ref made for the
    /// briefing's own page): party page keys read its source by number.
    var briefing: Int
  }

  /// One timeline entry with its date read.
  ///
  /// A class: the timeline's pages, periods, filters and party lists each hold entries, and
  /// copying the struct's dozen strings and arrays at each was a fifth of a 10k rebuild's
  /// reference counting. Never changed once made.
  final class Entry: Sendable {
    let entry: TimelineEntry
    let date: DateLabel
    /// ``TimelineEntryKey``: made once here for the page keys and the exports.
    let key: String

    init(entry: TimelineEntry, date: DateLabel, key: String) {
      self.entry = entry
      self.date = date
      self.key = key
    }
  }

  let corpus: Corpus
  let config: SiteConfig
  let parties: [String: Party]
  /// Briefings, newest first (undated last), ties by id: the one copy of each the index holds
  /// (the other lookups give positions in it).
  let briefingsByDate: [Briefing]
  /// Article id → position in ``briefingsByDate``.
  let briefingPositions: [String: Int]
  /// How a source names each briefing of ``briefingsByDate``, by position: its published
  /// date as shown, and its outlet (else title) with that date. Worked out once here, not for
  /// each of the 100,000 sources the pages list at 1k.
  let sourceLabels: [(date: String?, label: String)]
  /// Timeline entries by date (undated last), ties by id.
  let timeline: [Entry]
  /// ``TimelineEntryKey`` of each entry of `corpus.timeline`, in its order.
  let entryKeys: [String]
  let statementsByParty: [String: [StatementRef]]
  let entriesByParty: [String: [Entry]]
  /// Children of each party (ids sorted by name).
  let children: [String: [String]]
  /// Events + statements + mentions per party: how active it is.
  let activity: [String: Int]
  /// Briefings that name each party (mention, event or statement), newest first, as
  /// positions in ``briefingsByDate``.
  let briefingsByParty: [String: [Int]]
  /// Per article id, the timeline entries it is a source of and which entry each of its
  /// events was merged into (``ArticleEntries``).
  let articleEntries: [String: ArticleEntries]
  /// Statements aimed at each party, by who made them: party → (speaker party → count).
  let targetedBy: [String: [String: Int]]
  /// How many timeline entries each party shares with each other party: party → (other →
  /// entries naming both). Counted once per plan, in the pass that files entries by party.
  let sharedEntries: [String: [String: Int]]
  /// The relations each party is in, either end (``SiteIndex/relationsByParty(_:)``).
  let relationsByParty: [String: [Relation]]
  /// Each briefing's contribution, in the order of ``briefingsByDate``, and the table of its
  /// numbers: page keys read the parties a briefing names from them, by number.
  let shares: [BriefingContribution]
  let shareTable: IdTable

  /// The index of `corpus`; `contributions` are its briefings' (in its order), read from the
  /// store, or made here from the briefings when not given; `timelineVersions` are its
  /// timeline's bucket versions by date value, when known (``TimelineEntryKey``).
  init(
    corpus: Corpus, config: SiteConfig, contributions: Contributions? = nil,
    timelineVersions: [String: String] = [:]
  ) {
    self.corpus = corpus
    self.config = config
    // The briefings' lookups and the timeline's share nothing: made side by side.
    let sides = [0, 1].concurrentMap { side -> Side in
      guard side == 0 else { return .timeline(TimelineSide(corpus, versions: timelineVersions)) }
      let stored = contributions.flatMap {
        $0.briefings.count == corpus.briefings.count ? $0 : nil
      }
      return .briefings(BriefingSide(corpus, stored ?? Contributions(of: corpus.briefings)))
    }
    guard case .briefings(let b) = sides[0], case .timeline(let t) = sides[1] else {
      preconditionFailure("sides come back in order")
    }
    parties = b.parties
    briefingPositions = b.briefingPositions
    briefingsByDate = b.briefingsByDate
    shares = b.shares
    shareTable = b.table
    sourceLabels = b.briefingsByDate.map { b in
      let date = b.article.published.flatMap(CalendarDate.init(iso:)).map(DateLabel.format)
      let outlet = b.article.source.flatMap { $0.isEmpty ? nil : $0 }
      return (date, [outlet ?? b.article.title, date].compactMap { $0 }.joined(separator: ", "))
    }
    statementsByParty = b.statementsByParty
    briefingsByParty = b.briefingsByParty
    targetedBy = b.targetedBy
    children = b.children
    timeline = t.timeline
    relationsByParty = Self.relationsByParty(corpus.relations)
    entryKeys = t.entryKeys
    entriesByParty = t.entriesByParty
    sharedEntries = t.sharedEntries
    articleEntries = t.articleEntries
    activity = b.activity.merging(t.activity, uniquingKeysWith: +)
  }

  private enum Side: Sendable {
    case briefings(BriefingSide)
    case timeline(TimelineSide)
  }

  /// Lookups made from the briefings and the party registry, filed by the briefings'
  /// contributions' party numbers.
  private struct BriefingSide: Sendable {
    var parties: [String: Party] = [:]
    var briefingPositions: [String: Int] = [:]
    var briefingsByDate: [Briefing] = []
    var shares: [BriefingContribution] = []
    var table: IdTable
    var statementsByParty: [String: [StatementRef]] = [:]
    var briefingsByParty: [String: [Int]] = [:]
    var targetedBy: [String: [String: Int]] = [:]
    var children: [String: [String]] = [:]
    /// Statements and mentions per party.
    var activity: [String: Int] = [:]

    init(_ corpus: Corpus, _ contributions: Contributions) {
      let table = contributions.table
      self.table = table
      let shares = contributions.briefings
      let n = table.count
      for p in corpus.parties where parties[p.id] == nil { parties[p.id] = p }
      // Every party id the corpus refers to gets a page, even if the registry lacks it: the
      // ids are numbers here, each looked up in an array, not hashed as a `String`.
      var known = [Bool](repeating: false, count: n)
      for id in parties.keys { if let i = table.lookup(id) { known[Int(i)] = true } }
      for (b, share) in zip(corpus.briefings, shares) {
        var k = 0
        share.forEachParty { p in
          if !known[Int(p.id)] {
            known[Int(p.id)] = true
            parties[b.parties[k].id] = b.parties[k]
          }
          k += 1
        }
      }
      // Ids referred to but never described get a placeholder (no array of every reference
      // is built: a 10k corpus has hundreds of thousands).
      var named = parties
      func refer(_ id: String) {
        if named[id] == nil {
          named[id] = Party(id: id, name: id, kind: .group)
          if let i = table.lookup(id) { known[Int(i)] = true }
        }
      }
      for p in parties.values { p.parent.map(refer) }
      for e in corpus.timeline { e.parties.forEach(refer) }
      func refer(_ id: Int32) {
        guard id != BriefingContribution.none, !known[Int(id)] else { return }
        known[Int(id)] = true
        refer(table[id])
      }
      for share in shares {
        share.forEachEvent { $0.forEach(refer) }
        share.forEachStatement { party, target in
          refer(party)
          refer(target)
        }
      }
      parties = named
      // The first briefing of each id; each date parsed once, not at every comparison.
      var seen: Set<String> = []
      var order: [(position: Int, id: String, day: Int?)] = []
      for (i, b) in corpus.briefings.enumerated() where seen.insert(b.article.id).inserted {
        order.append(
          (i, b.article.id, b.article.published.flatMap(CalendarDate.init(iso:))?.dayNumber))
      }
      order.sort { a, b in
        if a.day != b.day {
          guard let da = a.day else { return false }
          guard let db = b.day else { return true }
          return da > db
        }
        return a.id < b.id
      }
      briefingsByDate = order.map { corpus.briefings[$0.position] }
      self.shares = order.map { shares[$0.position] }
      for (i, o) in order.enumerated() { briefingPositions[o.id] = i }
      // Statements, activity, briefings and targets filed by party number, then named once
      // per party.
      var statements = [[StatementRef]](repeating: [], count: n)
      var active = [Int](repeating: 0, count: n)
      var counted = [Bool](repeating: false, count: n)
      var filedAt = [Int](repeating: -1, count: n)
      var briefings = [[Int]](repeating: [], count: n)
      var targets: [Int: Int] = [:]
      for (i, o) in order.enumerated().reversed() {
        let b = corpus.briefings[o.position]
        let date = DateLabel(iso: b.article.published ?? "")
        var k = 0
        // A speaker no party stands for ("researchers") has no party page.
        shares[o.position].forEachStatement { party, target in
          defer { k += 1 }
          guard party != BriefingContribution.none else { return }
          statements[Int(party)].append(
            StatementRef(
              article: b.article.id, statement: b.statements[k], index: k, date: date, briefing: i
            ))
          active[Int(party)] += 1
          counted[Int(party)] = true
          if target != BriefingContribution.none, target != party {
            targets[Int(target) << 32 | Int(party), default: 0] += 1
          }
        }
        shares[o.position].forEachParty { p in
          active[Int(p.id)] += Int(p.mentions)
          counted[Int(p.id)] = true
        }
      }
      for (i, o) in order.enumerated() {
        func file(_ id: Int32) {
          guard id != BriefingContribution.none, filedAt[Int(id)] != i else { return }
          filedAt[Int(id)] = i
          briefings[Int(id)].append(i)
        }
        let share = shares[o.position]
        share.forEachParty { file($0.id) }
        share.forEachStatement { party, _ in file(party) }
        share.forEachEvent { $0.forEach(file) }
      }
      for id in 0..<n where counted[id] || !briefings[id].isEmpty {
        let key = table[Int32(id)]
        if counted[id] { activity[key] = active[id] }
        if !briefings[id].isEmpty { briefingsByParty[key] = briefings[id] }
        if !statements[id].isEmpty {
          statementsByParty[key] = statements[id].sorted {
            ($0.date.start?.dayNumber ?? .max, $0.article, $0.index) < (
              $1.date.start?.dayNumber ?? .max, $1.article, $1.index
            )
          }
        }
      }
      for (pair, count) in targets {
        targetedBy[table[Int32(pair >> 32)], default: [:]][table[Int32(pair & 0xFFFF_FFFF)]] = count
      }
      for p in parties.values.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) {
        if let parent = p.parent, parent != p.id { children[parent, default: []].append(p.id) }
      }
    }
  }

  /// Lookups made from the timeline.
  private struct TimelineSide: Sendable {
    var timeline: [Entry]
    var entryKeys: [String]
    var entriesByParty: [String: [Entry]] = [:]
    var sharedEntries: [String: [String: Int]] = [:]
    var articleEntries: [String: ArticleEntries] = [:]
    /// Timeline entries per party.
    var activity: [String: Int] = [:]

    init(_ corpus: Corpus, versions: [String: String]) {
      // The timeline comes in date order: each date value's version is looked up once per run
      // of entries of that date, not once per entry.
      var last: (value: String, version: String?)? = nil
      let unsorted = corpus.timeline.map { e -> Entry in
        let value = e.date.value
        let version: String?
        if let last, last.value == value {
          version = last.version
        } else {
          version = versions.isEmpty ? nil : versions[value]
          last = (value, version)
        }
        return Entry(
          entry: e, date: DateLabel(e.date), key: TimelineEntryKey.of(e, version: version))
      }
      entryKeys = unsorted.map(\.key)
      timeline = SiteIndex.inChronologicalOrder(unsorted)
      articleEntries.reserveCapacity(corpus.briefings.count)
      // Each article's table of events sized for all of them: grown report by report, the
      // 10,000 small tables were rehashed 53,000 times (0.25 G instructions).
      for b in corpus.briefings {
        articleEntries[b.article.id, default: ArticleEntries()].reserve(b.events.count)
      }
      // Parties are numbered as they come, so each entry's party is looked up by its id once
      // and pairs are counted by number: a dictionary of dictionaries keyed by id, two lookups
      // by string for every pair of every entry, was a fifth of this side.
      var number: [String: Int] = [:]
      var ids: [String] = []
      var entries: [[Entry]] = []
      var pairs: [Int: Int] = [:]
      var numbers: [Int] = []
      for (position, e) in timeline.enumerated() {
        numbers.removeAll(keepingCapacity: true)
        for p in e.entry.parties {
          let n: Int
          if let known = number[p] {
            n = known
          } else {
            n = ids.count
            number[p] = n
            ids.append(p)
            entries.append([])
          }
          if !numbers.contains(n) { numbers.append(n) }
        }
        for n in numbers {
          entries[n].append(e)
          for other in numbers where other != n { pairs[n << 32 | other, default: 0] += 1 }
        }
        // One look-up of the article per report, through the `default:` subscript's modify;
        // the event is then looked up among that article's few. A table keyed by article and
        // event, one by article and one by entry id were 1.0 G instructions at 10,000.
        let id = e.entry.id
        let day = e.date.start?.dayNumber
        for s in e.entry.sources {
          articleEntries[s.article, default: ArticleEntries()].add(
            s.event, entry: id, day: day, position: position)
        }
      }
      entriesByParty.reserveCapacity(ids.count)
      for (n, id) in ids.enumerated() {
        entriesByParty[id] = entries[n]
        activity[id] = entries[n].count
      }
      for (pair, count) in pairs {
        sharedEntries[ids[pair >> 32], default: [:]][ids[pair & 0xFFFF_FFFF]] = count
      }
    }
  }

  /// The timeline entry event `event` of article `article` was merged into.
  func entry(ofEvent event: String, in article: String) -> String? {
    articleEntries[article]?.entry(ofEvent: event)
  }

  /// The timeline entries article `article` is a source of, in timeline order.
  func entries(of article: String) -> [ArticleEntries.Entry] {
    articleEntries[article]?.entries ?? []
  }

  /// Parties in display order: by name, then id.
  var partiesByName: [Party] { parties.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) } }

  func partyName(_ id: String) -> String { parties[id]?.name ?? id }

  /// The briefing of an article id.
  func briefing(_ id: String) -> Briefing? { briefingPositions[id].map { briefingsByDate[$0] } }

  /// The article of an id, without copying the rest of its briefing.
  func article(_ id: String) -> ArticleMeta? {
    briefingPositions[id].map { briefingsByDate[$0].article }
  }

  func articleTitle(_ id: String) -> String { article(id)?.title ?? id }

  /// Parties that appear with `id` in events or as statement targets, most frequent first.
  func companions(of id: String) -> [(id: String, count: Int)] {
    // The entries' counts come made: counting them here, a set per entry for each of the
    // party's entries, was most of every party page's key (2.5 G instructions at 10,000).
    var counts = sharedEntries[id] ?? [:]
    for ref in statementsByParty[id] ?? [] {
      if let t = ref.statement.target, t != id { counts[t, default: 0] += 1 }
    }
    for (other, n) in targetedBy[id] ?? [:] { counts[other, default: 0] += n }
    return counts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.id) < ($0.count, $1.id) }
  }

  /// The day of the latest article, the feed's `updated` (never the wall clock).
  var latestArticleDate: CalendarDate? {
    corpus.briefings.compactMap { $0.article.published.flatMap(CalendarDate.init(iso:)) }.max()
  }
}
