import BriefingModels

/// Keys of timeline pages hashed from what each page shows, so an edit rebuilds only the
/// timeline pages whose events, filters or links changed (a 10,000-article site has hundreds).
///
/// A timeline page shows its events (each with its date, text, kind, places, parties by
/// name, sources by their article's title, date and outlet, its home page on the timeline, and the
/// notes of the disagreements it takes part in), a
/// strip of the dates of the events it is about, its filter nav, its list of pages, its party
/// filters, and links to its neighbours. Every one of those is in the key; an event's part is
/// hashed once per build (``entries``). `TimelinePageKeyTests` checks, on real changes to a
/// corpus, that every timeline page whose model changed also has a new key.
struct TimelinePageKeys: Sendable {
  /// Templates, configuration, and the version of this key's recipe.
  let site: String
  /// Entry id → hash of how the entry shows on any page.
  let entries: [String: String]
  /// Party id → hash of how the party shows (``BriefingPageKeys/partyDigests(_:)``).
  let parties: [String: String]
  /// Party id → the timeline entries naming it (the first page's party filters show how many).
  let entriesByParty: [String: [SiteIndex.Entry]]

  /// Bump when a timeline page starts to show something new.
  static let recipe = "timeline-page-key 6"

  init(
    index: SiteIndex, paging: TimelinePaging, site: String, parties: [String: String],
    disagreements: DisagreementLookup
  ) {
    self.site = Fingerprint.of(Self.recipe, site)
    self.parties = parties
    entriesByParty = index.entriesByParty
    var entries: [String: String] = [:]
    entries.reserveCapacity(index.timeline.count)
    // How a source shows its article (title, date, outlet), hashed once per article, not at
    // each of the article's reports.
    let articles = index.briefingsByDate.map { b in
      var h = Fingerprint()
      h.add(b.article.title)
      h.add(b.article.published ?? "\u{0}")
      h.add(b.article.source ?? "\u{0}")
      return h
    }
    var unknown = Fingerprint()
    for _ in 0..<3 { unknown.add("\u{0}") }
    for (position, e) in index.timeline.enumerated() {
      let entry = e.entry
      // The entry itself (every field), then what a page shows of it from elsewhere.
      var f = Fingerprint()
      f.add(e.key)
      f.add(paging.page(at: position))
      for p in entry.parties { f.add(parties[p] ?? index.partyName(p)) }
      f.add("sources")
      for s in entry.sources {
        if let at = index.briefingPositions[s.article] {
          f.add(articles[at])
        } else {
          f.add(unknown)
        }
      }
      // The notes of where its reports disagree.
      f.add("disagreements")
      f.add(disagreements.digest(disagreements.byEntry[entry.id]))
      entries[entry.id] = f.hex
    }
    self.entries = entries
  }

  /// The key of the timeline page `view`, shown with `nav` and the party filters `parties`.
  func key(
    of view: SitePlanner.TimelineView, nav: TimelineFilterNav, parties filters: [Party]
  ) -> String {
    var f = Fingerprint()
    f.add(site)
    f.add(view.path)
    f.add(view.title)
    f.add(String(view.count ?? view.all.count))
    f.add(view.party.map { $0.id + "\u{0}" + (parties[$0.id] ?? $0.name) } ?? "\u{0}")
    f.add(view.kind ?? "\u{0}")
    f.add(view.period ?? "\u{0}")
    f.add("\(view.paged) \(view.partial) \(view.counted) \(view.pageListInNav)")
    f.add("entries")
    for e in view.entries { f.add(entries[e.entry.id] ?? e.entry.id) }
    f.add("strip")
    for e in view.all {
      f.add(e.entry.date.value)
      f.add(e.entry.date.precision.rawValue)
    }
    f.add("pages")
    // A page shows its list's counts only where the list is its own (see `timelinePage`).
    let counted = view.counted || !view.pageListInNav
    for link in view.pageList + [view.previous, view.next].compactMap({ $0 }) {
      f.add(link.label)
      f.add(link.path)
      f.add(counted ? String(link.count) : "\u{0}")
    }
    f.add(view.previous?.path ?? "\u{0}")
    f.add(view.next?.path ?? "\u{0}")
    f.add("nav")
    nav.add(to: &f)
    f.add("parties")
    for p in filters {
      f.add(p.id)
      f.add(parties[p.id] ?? p.name)
      if view.counted { f.add(String(entriesByParty[p.id]?.count ?? 0)) }
    }
    return f.hex
  }
}

extension TimelineFilterNav {
  /// Feeds every filter (text, name, path, count) into `f`.
  func add(to f: inout Fingerprint) {
    func add(_ filter: Filter) {
      f.add(filter.text)
      f.add(filter.name ?? "\u{0}")
      f.add(filter.path)
      f.add(filter.count.map { String($0) } ?? "\u{0}")
    }
    add(all)
    f.add("kinds")
    kinds.forEach(add)
    f.add("years")
    for y in years {
      add(y.year)
      f.add("months")
      y.months.forEach(add)
    }
    f.add("undated")
    undated.map(add)
    f.add("parties \(partiesComplete)")
    parties.forEach(add)
  }
}
