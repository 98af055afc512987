import BriefingModels

extension SitePlanner {
  /// The timeline and its filters, all plain links that work without script: the first page,
  /// a page per year and month (which are also the pages a long timeline is split into), a page
  /// per kind of event (`timeline/kind/<kind>/`) and per party (`timeline/party/<id>/`, split
  /// into periods of its own when long). Filters never combine, so pages stay few on big sites.
  func timelinePages() -> [Page] {
    let filteredParties = index.partiesByName.filter {
      !(index.entriesByParty[$0.id] ?? []).isEmpty
    }
    // Other timeline pages list only the most active parties, so pages stay small on big sites.
    let topParties = filteredParties.sorted {
      (index.entriesByParty[$1.id]?.count ?? 0, $0.name, $0.id) < (
        index.entriesByParty[$0.id]?.count ?? 0, $1.name, $1.id
      )
    }.prefix(Self.filterLimit)
    let topFilters = filteredParties.filter { p in topParties.contains { $0.id == p.id } }
    let entriesByKind = Dictionary(grouping: index.timeline) { $0.entry.kind }
    let kinds = Event.Kind.allCases.filter { entriesByKind[$0] != nil }

    let dates = TimelineFilterNav.years(paging)
    func nav(parties: [Party]) -> TimelineFilterNav {
      TimelineFilterNav(
        all: .init(text: "All events", path: paging.firstPage, count: index.timeline.count),
        kinds: kinds.map {
          .init(
            text: $0.rawValue, path: Self.timelineKindPath($0),
            count: entriesByKind[$0]?.count ?? 0)
        },
        years: dates.years, undated: dates.undated,
        parties: parties.map {
          .init(
            text: $0.name, path: SitePaths.timelineParty($0.id),
            count: index.entriesByParty[$0.id]?.count ?? 0)
        },
        partiesComplete: parties.count >= index.entriesByParty.count)
    }
    let fullNav = nav(parties: filteredParties)
    let topNav = nav(parties: topFilters)

    var pages = [
      timelinePage(
        .init(
          path: paging.firstPage, title: "Timeline",
          entries: paging.isPaged ? [] : index.timeline, all: index.timeline, paged: paging.isPaged),
        nav: fullNav)
    ]
    for period in paging.periods {
      let (previous, next) = paging.neighbours(of: period)
      pages.append(
        timelinePage(
          .init(
            path: period.path, title: "Timeline, \(period.label)", entries: period.entries,
            all: period.entries, count: period.count, period: period.label,
            partial: period.entries.count < period.count, previous: previous, next: next),
          nav: topNav))
    }
    for kind in kinds {
      let entries = entriesByKind[kind] ?? []
      pages.append(
        timelinePage(
          .init(
            path: Self.timelineKindPath(kind),
            title: "Timeline: \(TimelineFilterNav.title(of: kind))",
            entries: entries, all: entries, kind: kind.rawValue),
          nav: topNav))
    }
    for party in filteredParties {
      let entries = index.entriesByParty[party.id] ?? []
      let own = TimelinePaging(
        entries, limit: timelinePageLimit, base: "timeline/party/\(SitePaths.segment(party.id))",
        allPeriods: false)
      let title = "Timeline: \(party.name)"
      pages.append(
        timelinePage(
          .init(
            path: own.firstPage, title: title, entries: own.isPaged ? [] : entries, all: entries,
            party: party, ownPaging: own),
          nav: topNav))
      for period in own.periods {
        let (previous, next) = own.neighbours(of: period)
        pages.append(
          timelinePage(
            .init(
              path: period.path, title: "\(title), \(period.label)", entries: period.entries,
              all: period.entries, count: period.count, party: party, ownPaging: own,
              current: period.key, partial: period.entries.count < period.count,
              previous: previous, next: next),
            nav: topNav))
      }
    }
    return pages
  }

  static let filterLimit = 30

  static func timelineKindPath(_ kind: Event.Kind) -> String {
    "timeline/kind/\(kind.rawValue)/index.html"
  }

  /// What one timeline page shows.
  struct TimelineView {
    var path: String
    var title: String
    /// The entries listed on the page.
    var entries: [SiteIndex.Entry]
    /// The entries the page is about (drawn in its strip).
    var all: [SiteIndex.Entry]
    /// How many events the page is about, when not `all.count`.
    var count: Int? = nil
    var party: Party? = nil
    var kind: String? = nil
    var period: String? = nil
    /// A party timeline's own periods, listed on its pages.
    var ownPaging: TimelinePaging? = nil
    var current: String? = nil
    /// The first page of a timeline split into periods.
    var paged = false
    /// A year page that leaves the events dated within a month to the month pages.
    var partial = false
    var previous: TimelinePaging.Period? = nil
    var next: TimelinePaging.Period? = nil
  }

  private func timelinePage(_ view: TimelineView, nav: TimelineFilterNav) -> Page {
    document(path: view.path, template: "timeline", title: view.title, section: .timeline) { b in
      var days: [TimelinePageModel.Day] = []
      for e in view.entries {
        // Events link to the one timeline page that lists them as home, unless it is this one.
        let model = b.event(e, timelinePage: paging.page(of: e.entry.id))
        let label = e.date.label.prefix(1).uppercased() + e.date.label.dropFirst()
        if days.last?.label == label {
          days[days.count - 1].events.append(model)
        } else {
          days.append(.init(label: label, events: [model]))
        }
      }
      var html: [String: String] = [:]
      if let strip = TimelineStrip(entries: view.all, idPrefix: "timeline-strip").svg() {
        html["strip"] = b.slots.add(strip)
      }
      html["filters"] = b.slots.add(nav.html(linker: b.linker, pagePath: view.path))
      let periods = (view.ownPaging?.periods ?? []).map {
        TimelinePageModel.Period(
          label: $0.label, href: b.linker.to($0.path), count: $0.count,
          current: $0.key == view.current)
      }
      return TimelinePageModel(
        title: view.title, count: view.count ?? view.all.count,
        party: view.party.map { b.partyLink($0.id) }, periods: periods, days: days,
        allFilters: nav.partiesComplete,
        partyFilters: [],
        previous: view.previous.map { LinkModel(text: $0.label, href: b.linker.to($0.path)) },
        next: view.next.map { LinkModel(text: $0.label, href: b.linker.to($0.path)) },
        links: siteLinks(b.linker), html: html, kind: view.kind, period: view.period,
        filtered: view.party != nil || view.kind != nil || view.period != nil,
        paged: view.paged, partial: view.partial)
    }
  }
}
