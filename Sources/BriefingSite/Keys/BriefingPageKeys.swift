import BriefingModels
import Foundation

/// Fingerprints of briefing pages hashed from what each page is made from, so a rebuild can
/// tell an unchanged briefing page without building its model (most of planning on a big site).
///
/// A briefing page shows its own briefing and, from the rest of the corpus, only: the names,
/// kinds, roles and parents of the parties it names; the timeline entry (and that entry's
/// page) of each of its events, and the days of its entries; the placement picture's
/// background (or every dated day of the corpus, when the article's days fall outside it and
/// its picture is drawn anew); the disagreements it takes a side in (every claim, with its
/// article's title and date); the site's configuration and templates. Each of those is
/// in the key. The briefing itself is represented by its *source*: a hash, given by the
/// generator, of the article and of everything the extraction depended on (the tool's build,
/// the editor's parties), which decides the briefing exactly.
///
/// `BriefingPageKeyTests` checks, on real changes to a corpus, that every briefing page whose
/// model changed also has a new key.
struct BriefingPageKeys: Sendable {
  /// Article id → hash of what its briefing was extracted from.
  let sources: [String: String]
  /// The tool's build, templates, configuration, and the version of this key's recipe: the
  /// part of every page key that is not the corpus.
  let site: String
  /// The placement picture's background, as drawn.
  let background: String
  /// The corpus's distinct dated days: a picture whose article has days outside the
  /// background is drawn from them.
  let days: String
  let covered: PlacementChart.Background?
  /// Party id → hash of how the party shows where a briefing names it.
  let parties: [String: String]
  /// The disagreements a briefing takes a side in, which its page shows whole.
  let disagreements: DisagreementLookup

  /// Bump when a briefing page starts to show something new from outside its briefing.
  static let recipe = "briefing-page-key 5"

  init(
    sources: [String: String], parties: [String: String], tool: String, index: SiteIndex,
    templates: TemplateSet, corpusDays: [Int], background: PlacementChart.Background?,
    disagreements: DisagreementLookup
  ) {
    self.sources = sources
    self.disagreements = disagreements
    var f = Fingerprint()
    f.add(Self.recipe)
    f.add(tool)
    f.add(templates.digest)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    f.add((try? encoder.encode(index.config)) ?? Data())
    site = f.hex
    var b = Fingerprint()
    if let background {
      b.add(String(background.first.dayNumber))
      b.add(String(background.last.dayNumber))
      b.add(background.ticks)
    }
    self.background = b.hex
    covered = background
    var d = Fingerprint()
    if !sources.isEmpty { for day in Set(corpusDays).sorted() { d.add(String(day)) } }
    days = d.hex
    self.parties = parties
    self.corpusDays = sources.isEmpty ? [] : corpusDays
    var parts = [Fingerprint?](repeating: nil, count: sources.isEmpty ? 0 : index.shareTable.count)
    if !sources.isEmpty {
      for (id, digest) in parties {
        if let n = index.shareTable.lookup(id) {
          parts[Int(n)] = Self.partyPart(id, digest: digest)
        }
      }
    }
    partyParts = parts
    sourceParts = index.briefingsByDate.map { b in
      sources[b.article.id].map { Fingerprint.part(b.article.id, $0) }
    }
  }

  /// Per position in ``SiteIndex/briefingsByDate``, the hash of the article's id and source
  /// (nil when its source is not known): party pages read their statements' and briefings'
  /// by number, not by looking each article up.
  let sourceParts: [Fingerprint?]

  /// The site's dated days, distinct and in order: a picture shows those near its own.
  let corpusDays: [Int]

  /// Party id → hash of how the party shows where a page names it: name, kind, role, parent.
  static func partyDigests(_ index: SiteIndex) -> [String: String] {
    var parties: [String: String] = [:]
    for (id, p) in index.parties {
      var h = Fingerprint()
      h.add(p.name)
      h.add(p.kind.rawValue)
      h.add(p.role ?? "\u{0}")
      h.add(p.parent ?? "\u{0}")
      h.add(p.parent.map(index.partyName) ?? "\u{0}")
      parties[id] = h.hex
    }
    return parties
  }

  /// The key of `briefing`'s page, or nil when its source is not known.
  ///
  /// What the source decides (the briefing's events, their days, the parties it names) is
  /// not hashed again: the key walks the article's entries and reads its parties by number
  /// from its contribution (``SiteIndex/shares``), each party's part hashed once per plan.
  func key(of briefing: Briefing, index: SiteIndex, paging: TimelinePaging) -> String? {
    let id = briefing.article.id
    guard let source = sources[id] else { return nil }
    var f = Fingerprint()
    func add(_ n: Int) { withUnsafeBytes(of: n.littleEndian) { f.add($0) } }
    f.add(site)
    f.add(id)
    f.add(source)
    let placed = index.articleEntries[id]
    // The days the picture is drawn around: each placed event's day is its entry's (events
    // merge only with events of their own date value), so only unplaced events are read.
    var low = Int.max
    var high = Int.min
    func own(_ day: Int) {
      low = min(low, day)
      high = max(high, day)
    }
    // Each report's event and the entry it is in, in timeline order: with the source, which
    // decides the events, that says which entry each event is in. When the article has as
    // many reports as events, each event is placed (every event of a briefing is one report);
    // otherwise the unplaced ones are found and their days read.
    let reports = placed?.reports ?? []
    for report in reports {
      f.add(report.event)
      add(Int(report.entry))
    }
    if reports.count != briefing.events.count {
      let known = Set(reports.map(\.event))
      for event in briefing.events where !known.contains(event.id) {
        f.add("unplaced")
        f.add(event.id)
        if let day = DateLabel(event.date).start?.dayNumber { own(day) }
      }
    }
    f.add("entries")
    for entry in placed?.entries ?? [] {
      f.add(entry.id)
      f.add(paging.page(at: entry.position))
      add(entry.day ?? Int.min)
      if let day = entry.day { own(day) }
    }
    // The picture's axis and ticks: the site's days in the window around the briefing's own.
    if low <= high, let window = PlacementChart.window([low, high]) {
      f.add("window")
      // One block of day numbers (their count is mixed in), not a string per day: the
      // window holds hundreds of days, printed for each of thousands of briefings.
      PlacementChart.days(corpusDays, in: window).withUnsafeBytes { f.add($0) }
    }
    f.add("parties")
    if let position = index.briefingPositions[id], position < index.shares.count {
      var seen = Set<Int32>(minimumCapacity: 32)
      func party(_ n: Int32) {
        guard n != BriefingContribution.none, seen.insert(n).inserted else { return }
        f.add(partyPart(n, table: index.shareTable))
      }
      let share = index.shares[position]
      share.forEachParty { party($0.id) }
      share.forEachEvent { $0.forEach(party) }
      share.forEachStatement { speaker, target in
        party(speaker)
        party(target)
      }
    }
    f.add("disagreements")
    f.add(disagreements.digest(disagreements.byArticle[id]))
    return f.hex
  }

  /// Party number → the hash of its id and ``partyDigests(_:)`` (nil for a number that is not
  /// a party's id), made once per plan.
  let partyParts: [Fingerprint?]

  /// The part of a key for the party numbered `n` in `table`.
  func partyPart(_ n: Int32, table: IdTable) -> Fingerprint {
    if Int(n) < partyParts.count, let part = partyParts[Int(n)] { return part }
    return Self.partyPart(table[n], digest: nil)
  }

  static func partyPart(_ id: String, digest: String?) -> Fingerprint {
    Fingerprint.part(id, digest ?? "\u{0}")
  }
}

extension Fingerprint {
  /// The hash of two strings, each a separate part: a digest made once and folded into many
  /// keys (``StableHash``).
  static func part(_ a: String, _ b: String) -> Fingerprint {
    var h = Fingerprint()
    h.add(a)
    h.add(b)
    return h
  }
}
