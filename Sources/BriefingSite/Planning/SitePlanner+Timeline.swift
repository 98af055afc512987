import BriefingModels

extension SitePlanner {
  /// The one timeline: the first page and a page per year and month (which are also the pages a
  /// long timeline is split into), linked by a nav that works without script. Kinds, parties
  /// and date ranges are filtered in the browser on these same pages (`timeline.js` reads
  /// ``TimelineData``, the URL's query keeps the filter), so no page repeats another's events.
  func timelinePages() -> [Page] {
    let dates = TimelineFilterNav.years(paging)
    let nav = TimelineFilterNav(
      all: .init(text: "All events", path: paging.firstPage, count: index.timeline.count),
      kinds: [], years: dates.years, undated: dates.undated, parties: [], partiesComplete: true)
    // Counts only on the first page: every other page changes only when its own events do.
    let fullNav = nav
    let topNav = nav.uncounted

    // The filter nav links the main timeline's periods; the list stays in the model for
    // templates of their own.
    let mainList = paging.isPaged ? paging.periods.map(PageLink.init) : []
    var pages = [
      timelinePage(
        .init(
          path: paging.firstPage, title: "Timeline",
          entries: paging.isPaged ? [] : index.timeline, all: index.timeline,
          pageList: mainList, pageListInNav: true, paged: paging.isPaged, counted: true),
        nav: fullNav, parties: [])
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
          nav: topNav.focused(on: period.path), parties: []))
    }
    return pages
  }

  static let filterLimit = 30

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
        var model = b.event(e, timelinePage: paging.page(of: e.entry.id))
        model.disputes = disputeNotes(e.entry.id, b)
        let label = e.date.heading
        // The day heading says the date: the event does not repeat it (22,000 times at 1k).
        model.date = nil
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
      // A timeline of one page has nothing to pick but itself: no nav then.
      if nav.hasChoices {
        html["filters"] = b.slots.add(nav.html(linker: b.linker, pagePath: view.path))
      }
      html["explore"] = b.slots.add(
        TimelineExplorer.form(linker: b.linker, pagePath: view.path))
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
          item.href = b.linker.to(paging.firstPage) + "?party=" + SitePaths.segment(p.id)
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
