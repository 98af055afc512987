import BriefingModels
import BriefingParallel
import Foundation

/// Turns a corpus into the list of pages: one view model per page, links relative to it.
struct SitePlanner: Sendable {
  let index: SiteIndex
  let templates: TemplateSet
  let paging: TimelinePaging
  let timelinePageLimit: Int
  /// The corpus part of every briefing's placement picture, drawn once.
  let placementBackground: PlacementChart.Background?
  /// Day numbers of the dated timeline entries.
  let corpusDays: [Int]
  /// The same, distinct and in order: a briefing's picture shows those around its own days.
  let distinctDays: [Int]

  /// Fingerprints of briefing pages from their inputs, when the generator knows their sources.
  let briefingKeys: BriefingPageKeys
  /// Hash of everything every other page is made from (the corpus's key, the site's settings
  /// and templates), when the generator knows the corpus's key.
  let corpusKey: String?
  /// Keys of timeline pages from what each shows, when pages are keyed at all.
  let timelineKeys: TimelinePageKeys?
  /// Where sources disagree, by timeline entry and by article.
  let disagreements: DisagreementLookup
  /// The build of the tool, and where the search index is kept between builds.
  let tool: String
  let searchCache: URL?

  init(
    index: SiteIndex, templates: TemplateSet, timelinePageLimit: Int,
    inputs: PageInputs = PageInputs()
  ) {
    self.index = index
    self.templates = templates
    // Only the pages a long timeline is split into: date ranges are filtered in the browser.
    paging = TimelinePaging(index.timeline, limit: timelinePageLimit, allPeriods: false)
    self.timelinePageLimit = timelinePageLimit
    tool = inputs.tool
    searchCache = inputs.searchCache
    corpusDays = index.timeline.compactMap(\.date.start?.dayNumber)
    placementBackground = PlacementChart.Background(days: corpusDays)
    distinctDays = Set(corpusDays).sorted()
    // Hashed once, for the briefing, timeline and party keys alike.
    let keyed = inputs.corpus != nil || !inputs.briefingSources.isEmpty
    let partyDigests = keyed ? BriefingPageKeys.partyDigests(index) : [:]
    let disagreements = DisagreementLookup(index)
    self.disagreements = disagreements
    briefingKeys = BriefingPageKeys(
      sources: inputs.briefingSources, parties: partyDigests, tool: inputs.tool, index: index,
      templates: templates,
      corpusDays: distinctDays, background: placementBackground, disagreements: disagreements)
    let site = briefingKeys.site
    corpusKey = inputs.corpus.map {
      Fingerprint.of("corpus-pages 1", $0, site, String(timelinePageLimit))
    }
    timelineKeys =
      inputs.corpus == nil
      ? nil
      : TimelinePageKeys(
        index: index, paging: paging, site: site, parties: partyDigests,
        disagreements: disagreements)
  }

  /// The input key of `briefing`'s page (see ``BriefingPageKeys``), when its source is known.
  func inputKey(of briefing: Briefing) -> String? {
    briefingKeys.key(of: briefing, index: index, paging: paging)
  }

  /// One piece of planning: a page or a group of pages that can be built on its own.
  private enum Job: Sendable {
    case home
    case briefing(Briefing)
    case timeline, parties
    case party(Party)
    case search, notFound, exports, disagreements
  }

  /// Every page, in a stable order: HTML pages, then data files, then assets. Models are not
  /// built here but by ``Page/prepared()``, only for pages whose key does not settle them.
  /// The jobs are independent, so they run on every core.
  func pages() -> [Page] {
    var jobs: [Job] = [.home]
    jobs += index.briefingsByDate.map { .briefing($0) }
    jobs.append(.timeline)
    jobs.append(.parties)
    jobs += index.partiesByName.map { .party($0) }
    jobs += [.search, .notFound, .exports]
    if hasDisagreementsPage { jobs.append(.disagreements) }
    // The timeline pages are the longest job: started first.
    let long = jobs.indices.filter {
      if case .timeline = jobs[$0] { true } else { false }
    }
    let built = jobs.concurrentMap(first: long) { job -> [Page] in
      switch job {
      case .home: [home()]
      case .briefing(let b): [briefingPage(b)]
      case .timeline: timelinePages()
      case .parties: [partiesPage()]
      case .party(let p): [partyPage(p)]
      case .search: [searchPage()]
      case .notFound: [notFoundPage()]
      case .exports: exportPages()
      case .disagreements: [disagreementsPage()]
      }
    }
    var pages: [Page] = []
    var exports: [Page] = []
    for (job, group) in zip(jobs, built) {
      if case .exports = job { exports = group } else { pages += group }
    }
    let htmlPaths = pages.map(\.path)
    pages += exports.prefix(1)  // the feed
    pages.append(sitemapPage(htmlPaths: htmlPaths))
    pages += exports.dropFirst()
    // The template set's digest covers every asset's bytes.
    pages += templates.assets.map {
      Page(
        path: $0.path, key: Fingerprint.of("asset", templates.digest, $0.path),
        mediaType: MediaType.of($0.path), bytes: $0.bytes)
    }
    return pages
  }

  /// Which part of the site a page belongs to, for the navigation's `aria-current`.
  enum Section: String {
    case home, timeline, parties, search, none
  }

  /// A page rendered from `templates/<template>.md`; `build` makes its model with an
  /// ``ItemBuilder`` whose links are relative to `path`.
  ///
  /// The model is built when the page is prepared; the page's key is the corpus's.
  /// `inputKey`, when given, is the page's key instead of the corpus's.
  func document(
    path: String, template: String, title: String, section: Section, linker: Linker? = nil,
    inputKey: String? = nil,
    build: @escaping @Sendable (inout ItemBuilder) -> any PageModel
  ) -> Page {
    Page(path: path, key: inputKey ?? key(of: path), digest: templates.digest) {
      content(
        path: path, template: template, title: title, section: section, linker: linker,
        build: build)
    }
  }

  /// The key of a page made from the whole corpus (every page but briefings and assets).
  func key(of path: String) -> String? { corpusKey.map { Fingerprint.of($0, path) } }

  /// What ``document(path:template:title:section:linker:build:)`` renders: the model, the
  /// layout's model and the trusted fragments.
  func content(
    path: String, template: String, title: String, section: Section, linker: Linker? = nil,
    script: String? = nil, build: (inout ItemBuilder) -> any PageModel
  ) -> Page.Document {
    let linker = linker ?? Linker(pagePath: path)
    var builder = ItemBuilder(index: index, linker: linker, pagePath: path)
    let model = build(&builder)
    let site = index.config.title
    let nav: [(String, String, Section)] = [
      ("Home", SitePaths.home, .home), ("Timeline", SitePaths.timeline, .timeline),
      ("Parties", SitePaths.parties, .parties), ("Search", SitePaths.search, .search),
    ]
    let layout = LayoutModel(
      lang: index.config.language.isEmpty ? "en" : index.config.language,
      title: title == site ? site : "\(title) · \(site)", siteTitle: site,
      description: index.config.description, home: linker.to(SitePaths.home),
      stylesheet: linker.asset("site.css"),
      script: script.map(linker.asset)
        ?? (section == .search
          ? linker.asset("search.js") : section == .timeline ? linker.asset("timeline.js") : nil),
      feed: linker.to(SitePaths.feed), searchPage: linker.to(SitePaths.search),
      nav: nav.map { .init(text: $0.0, href: linker.to($0.1), current: $0.2 == section) })
    return .init(
      template: template, layout: layout, model: model, slots: builder.slots.fragments)
  }

  /// Links every page template may use: `{{links.timeline}}` and friends.
  func siteLinks(_ linker: Linker) -> [String: String] {
    var links = [
      "home": linker.to(SitePaths.home), "timeline": linker.to(SitePaths.timeline),
      "parties": linker.to(SitePaths.parties), "search": linker.to(SitePaths.search),
      "feed": linker.to(SitePaths.feed), "data": linker.to(SitePaths.dataIndex),
    ]
    if hasDisagreementsPage { links["disagreements"] = linker.to(SitePaths.disagreements) }
    return links
  }

  func home() -> Page {
    document(path: SitePaths.home, template: "home", title: index.config.title, section: .home) {
      b in
      let recent = index.timeline.filter { $0.date.start != nil }.suffix(8).reversed()
      let active = index.parties.values.filter { (index.activity[$0.id] ?? 0) > 0 }
        .sorted {
          (index.activity[$1.id] ?? 0, $0.name, $0.id) < (
            index.activity[$0.id] ?? 0, $1.name, $1.id
          )
        }
        .prefix(10)
      var html: [String: String] = [:]
      if let strip = TimelineStrip(entries: index.timeline, idPrefix: "home-strip").svg() {
        html["strip"] = b.slots.add(strip)
      }
      return HomeModel(
        title: index.config.title, description: index.config.description,
        briefings: index.briefingsByDate.prefix(10).map(b.briefingItem),
        parties: active.map { b.partyItem($0) },
        events: recent.map { b.event($0, timelinePage: paging.page(of: $0.entry.id)) },
        disagreements: hasDisagreementsPage
          ? LinkModel(
            text: SVG.plural(disagreements.all.count, "disagreement") + " between sources",
            href: b.linker.to(SitePaths.disagreements)) : nil,
        links: siteLinks(b.linker), html: html)
    }
  }

  func searchPage() -> Page {
    document(path: SitePaths.search, template: "search", title: "Search", section: .search) { b in
      // From the site root (`../search/index.json`), not the shortest link (`index.json`):
      // search.js takes the root the records' URLs start from out of this path.
      let form = """
        <form class="search-form" role="search" action="./" method="get" data-index="\(b.linker.root + SitePaths.searchManifest)">\
        <label for="search-query">Search briefings, events, statements and parties</label>\
        <input id="search-query" name="q" type="search">\
        <button type="submit">Search</button></form>\
        <p id="search-status" class="search-status" role="status" aria-live="polite"></p>\
        <ol id="search-results" class="search-results"></ol>\
        <p><button id="search-more" class="search-more" type="button" hidden>More results</button></p>\
        <noscript><p>Search needs JavaScript. Browse the <a href="\(b.linker.to(SitePaths.timeline))">timeline</a> \
        or the <a href="\(b.linker.to(SitePaths.parties))">parties</a> instead.</p></noscript>
        """
      return SimplePageModel(
        title: "Search", links: siteLinks(b.linker), html: ["search": b.slots.add(form)])
    }
  }

  func notFoundPage() -> Page {
    // Served for any missing URL, so links start from the site's base path, not from here.
    let linker = Linker(absoluteBase: index.config.basePath)
    return document(
      path: SitePaths.notFound, template: "404", title: "Page not found", section: .none,
      linker: linker
    ) { b in
      SimplePageModel(title: "Page not found", links: siteLinks(b.linker), html: [:])
    }
  }
}

/// Media types of the files the site writes.
enum MediaType {
  static func of(_ path: String) -> String {
    switch path.split(separator: ".").last.map(String.init) ?? "" {
    case "html": "text/html; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "js": "text/javascript; charset=utf-8"
    case "json": "application/json"
    case "xml": "application/xml"
    case "svg": "image/svg+xml"
    case "png": "image/png"
    case "ico": "image/x-icon"
    case "woff2": "font/woff2"
    case "txt": "text/plain; charset=utf-8"
    default: "application/octet-stream"
    }
  }
}
