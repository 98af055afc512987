import BriefingModels

extension SitePlanner {
  /// The timeline (one page or an overview plus a page per period) and one page per party
  /// that takes part in events (`timeline/party/<id>/`): filters as plain links, no script.
  func timelinePages() -> [Page] {
    var pages: [Page] = []
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
    pages += timelineSet(
      paging: paging, title: "Timeline", party: nil, firstFilters: filteredParties,
      filters: topFilters)
    for party in filteredParties {
      let entries = index.entriesByParty[party.id] ?? []
      pages += timelineSet(
        paging: TimelinePaging(
          entries, limit: timelinePageLimit, base: "timeline/party/\(SitePaths.segment(party.id))"),
        title: "Timeline: \(party.name)", party: party, firstFilters: topFilters,
        filters: topFilters,
        entries: entries)
    }
    return pages
  }

  static let filterLimit = 30

  /// One timeline's pages: everything on one page, or an overview and a page per period.
  private func timelineSet(
    paging: TimelinePaging, title: String, party: Party?, firstFilters: [Party], filters: [Party],
    entries: [SiteIndex.Entry]? = nil
  ) -> [Page] {
    let all = entries ?? index.timeline
    guard !paging.periods.isEmpty else {
      return [
        timelinePage(
          path: paging.firstPage, title: title, entries: all, all: all, party: party,
          filters: firstFilters, paging: paging)
      ]
    }
    var pages = [
      timelinePage(
        path: paging.firstPage, title: title, entries: [], all: all, party: party,
        filters: firstFilters, paging: paging)
    ]
    for (i, period) in paging.periods.enumerated() {
      pages.append(
        timelinePage(
          path: period.path, title: "\(title), \(period.label)", entries: period.entries, all: all,
          party: party,
          filters: filters, paging: paging, current: period.key,
          previous: i > 0 ? paging.periods[i - 1] : nil,
          next: i + 1 < paging.periods.count ? paging.periods[i + 1] : nil))
    }
    return pages
  }

  private func timelinePage(
    path: String, title: String, entries: [SiteIndex.Entry], all: [SiteIndex.Entry], party: Party?,
    filters: [Party], paging pages: TimelinePaging, current: String? = nil,
    previous: TimelinePaging.Period? = nil,
    next: TimelinePaging.Period? = nil
  ) -> Page {
    document(path: path, template: "timeline", title: title, section: .timeline) { b in
      var days: [TimelinePageModel.Day] = []
      for e in entries {
        // Events link to the timeline page that lists them, unless it is this one.
        let model = b.event(e, timelinePage: party == nil ? path : paging.page(of: e.entry.id))
        let label = e.date.label.prefix(1).uppercased() + e.date.label.dropFirst()
        if days.last?.label == label {
          days[days.count - 1].events.append(model)
        } else {
          days.append(.init(label: label, events: [model]))
        }
      }
      var html: [String: String] = [:]
      let stripEntries = entries.isEmpty ? all : entries
      if let strip = TimelineStrip(entries: stripEntries, idPrefix: "timeline-strip").svg() {
        html["strip"] = b.slots.add(strip)
      }
      let periods = pages.periods.map {
        TimelinePageModel.Period(
          label: $0.label, href: b.linker.to($0.path), count: $0.entries.count,
          current: $0.key == current)
      }
      return TimelinePageModel(
        title: title, count: entries.isEmpty ? all.count : entries.count,
        party: party.map { b.partyLink($0.id) }, periods: periods, days: days,
        allFilters: filters.count >= index.entriesByParty.count,
        partyFilters: filters.map { p in
          var item = b.partyItem(p)
          item.href = b.linker.to(SitePaths.timelineParty(p.id))
          item.count = index.entriesByParty[p.id]?.count ?? 0
          return item
        },
        previous: previous.map { LinkModel(text: $0.label, href: b.linker.to($0.path)) },
        next: next.map { LinkModel(text: $0.label, href: b.linker.to($0.path)) },
        links: siteLinks(b.linker), html: html)
    }
  }
}
