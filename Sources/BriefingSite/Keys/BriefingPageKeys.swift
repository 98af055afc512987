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
  static let recipe = "briefing-page-key 4"

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
  }

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
  func key(of briefing: Briefing, index: SiteIndex, paging: TimelinePaging) -> String? {
    let id = briefing.article.id
    guard let source = sources[id] else { return nil }
    var f = Fingerprint()
    f.add(site)
    f.add(id)
    f.add(source)
    let placed = index.articleEntries[id]
    for event in briefing.events {
      f.add(event.id)
      if let entry = placed?.ofEvent[event.id] {
        f.add(entry)
        f.add(paging.page(of: entry))
      } else {
        f.add("\u{0}")
      }
    }
    f.add("entries")
    var ownDays = briefing.events.compactMap { DateLabel($0.date).start?.dayNumber }
    for entry in placed?.entries ?? [] {
      f.add(entry.id)
      f.add(entry.day.map { String($0) } ?? "\u{0}")
      if let day = entry.day { ownDays.append(day) }
    }
    // The picture's axis and ticks: the site's days in the window around the briefing's own.
    if let window = PlacementChart.window(ownDays) {
      f.add("window")
      // One block of day numbers (their count is mixed in), not a string per day: the
      // window holds hundreds of days, printed for each of thousands of briefings.
      PlacementChart.days(corpusDays, in: window).withUnsafeBytes { f.add($0) }
    }
    f.add("parties")
    let named =
      briefing.parties.map(\.id) + briefing.events.flatMap(\.parties)
      + briefing.statements.map(\.party) + briefing.statements.compactMap(\.target)
    for party in uniqued(named) {
      f.add(party)
      f.add(parties[party] ?? "\u{0}")
    }
    f.add("disagreements")
    f.add(disagreements.digest(disagreements.byArticle[id]))
    return f.hex
  }
}
