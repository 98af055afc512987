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
        partiesComplete: parties.count >= filteredParties.count)
    }
    // Counts only on the first page: every other page changes only when its own events do.
    let fullNav = nav(parties: filteredParties)
    let topNav = nav(parties: topFilters).uncounted

    // The filter nav links the main timeline's periods; the list stays in the model for
    // templates of their own.
    let mainList = paging.isPaged ? paging.periods.map(PageLink.init) : []
    var pages = [
      timelinePage(
        .init(
          path: paging.firstPage, title: "Timeline",
          entries: paging.isPaged ? [] : index.timeline, all: index.timeline,
          pageList: mainList, pageListInNav: true, paged: paging.isPaged, counted: true),
        nav: fullNav, parties: filteredParties)
    ]
    for period in paging.periods {
      let (previous, next) = paging.neighbours(of: period)
      pages.append(
        timelinePage(
          .init(
            path: period.path, title: "Timeline, \(period.label)", entries: period.entries,
            all: period.all, period: period.label,
            pageList: mainList, pageListInNav: true,
            partial: period.entries.count < period.count, previous: previous.map(PageLink.init),
            next: next.map(PageLink.init)),
          nav: topNav, parties: topFilters))
    }
    for kind in kinds {
      // A kind is never split by date (no kind x month pages): a long one is numbered instead.
      let entries = entriesByKind[kind] ?? []
      let chunks = Self.chunks(entries, limit: timelinePageLimit, base: Self.timelineKindPath(kind))
      let list = chunks.count > 1 ? chunks.map(\.link) : []
      for (i, chunk) in chunks.enumerated() {
        let title = "Timeline: \(TimelineFilterNav.title(of: kind))"
        pages.append(
          timelinePage(
            .init(
              path: chunk.link.path, title: i == 0 ? title : "\(title), page \(i + 1)",
              entries: chunk.entries, all: entries, kind: kind.rawValue, pageList: list,
              previous: i > 0 ? chunks[i - 1].link : nil,
              next: i + 1 < chunks.count ? chunks[i + 1].link : nil),
            nav: topNav, parties: topFilters))
      }
    }
    for party in filteredParties {
      let entries = index.entriesByParty[party.id] ?? []
      let own = TimelinePaging(
        entries, limit: timelinePageLimit, base: "timeline/party/\(SitePaths.segment(party.id))",
        allPeriods: false)
      let title = "Timeline: \(party.name)"
      let list = own.periods.map(PageLink.init)
      pages.append(
        timelinePage(
          .init(
            path: own.firstPage, title: title, entries: own.isPaged ? [] : entries, all: entries,
            party: party, pageList: list),
          nav: topNav, parties: topFilters))
      for period in own.periods {
        let (previous, next) = own.neighbours(of: period)
        pages.append(
          timelinePage(
            .init(
              path: period.path, title: "\(title), \(period.label)", entries: period.entries,
              all: period.all, party: party, pageList: list,
              partial: period.entries.count < period.count,
              previous: previous.map(PageLink.init), next: next.map(PageLink.init)),
            nav: topNav, parties: topFilters))
      }
    }
    return pages
  }

  static let filterLimit = 30

  static func timelineKindPath(_ kind: Event.Kind) -> String {
    "timeline/kind/\(kind.rawValue)/index.html"
  }

  /// Another page of the same list: a period, or a numbered page of a kind.
  struct PageLink {
    var label: String
    var path: String
    var count: Int

    init(label: String, path: String, count: Int) {
      self.label = label
      self.path = path
      self.count = count
    }

    init(_ period: TimelinePaging.Period) {
      self.init(label: period.label, path: period.path, count: period.count)
    }
  }

  /// `entries` in pages of at most `limit`: the first at `base`, the next at `<dir>/2/` and on,
  /// each labelled by the dates of its first and last entry.
  static func chunks(_ entries: [SiteIndex.Entry], limit: Int, base: String)
    -> [(link: PageLink, entries: [SiteIndex.Entry])]
  {
    let dir = base.hasSuffix("/index.html") ? String(base.dropLast("/index.html".count)) : base
    return stride(from: 0, to: entries.count, by: max(1, limit)).enumerated().map { i, start in
      let chunk = Array(entries[start..<min(start + max(1, limit), entries.count)])
      let from = chunk.first?.date.heading ?? ""
      let to = chunk.last?.date.label ?? ""
      return (
        PageLink(
          label: from == to ? from : "\(from) to \(to)",
          path: i == 0 ? base : "\(dir)/\(i + 1)/index.html", count: chunk.count),
        chunk
      )
    }
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
    /// The other pages of this list (a party's periods, a long kind's numbered pages).
    var pageList: [PageLink] = []
    /// The filter nav links every page of `pageList` already.
    var pageListInNav = false
    /// The first page of a timeline split into periods.
    var paged = false
    /// A year page that leaves the events dated within a month to the month pages.
    var partial = false
    /// The page shows corpus-wide counts (the timeline's first page): the main timeline's
    /// periods and the parties' events. Other pages leave them out, so they stay unchanged
    /// when events are added to other pages.
    var counted = false
    var previous: PageLink? = nil
    var next: PageLink? = nil
  }

  private func timelinePage(
    _ view: TimelineView, nav: TimelineFilterNav, parties: [Party]
  ) -> Page {
    document(
      path: view.path, template: "timeline", title: view.title, section: .timeline,
      inputKey: timelineKeys?.key(of: view, nav: nav, parties: parties)
    ) { b in
      var days: [TimelinePageModel.Day] = []
      for e in view.entries {
        // Events link to the one timeline page that lists them as home, unless it is this one.
        let model = b.event(e, timelinePage: paging.page(of: e.entry.id))
        let label = e.date.heading
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
      // The main timeline's periods are counted on its first page only; a kind's or a
      // party's own pages always are.
      let countPeriods = view.counted || !view.pageListInNav
      let periods = view.pageList.map {
        TimelinePageModel.Period(
          label: $0.label, href: b.linker.to($0.path), count: countPeriods ? $0.count : nil,
          current: $0.path == view.path)
      }
      return TimelinePageModel(
        title: view.title, count: view.count ?? view.all.count,
        party: view.party.map { b.partyLink($0.id) }, periods: periods, days: days,
        allFilters: nav.partiesComplete,
        // Kept for templates of their own: the nav above lists the same parties.
        partyFilters: parties.map { p in
          var item = b.partyItem(p)
          item.href = b.linker.to(SitePaths.timelineParty(p.id))
          item.count = view.counted ? index.entriesByParty[p.id]?.count ?? 0 : nil
          return item
        },
        previous: view.previous.map { LinkModel(text: $0.label, href: b.linker.to($0.path)) },
        next: view.next.map { LinkModel(text: $0.label, href: b.linker.to($0.path)) },
        links: siteLinks(b.linker), html: html, kind: view.kind, period: view.period,
        filtered: view.party != nil || view.kind != nil || view.period != nil,
        paged: view.paged, partial: view.partial, periodsInFilters: view.pageListInNav)
    }
  }
}
