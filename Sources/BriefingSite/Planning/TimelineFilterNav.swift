import BriefingModels

/// The timeline's filters as one `<nav>` of plain links that work without JavaScript: all
/// events, by kind, by year and month, by party. The link to the page shown carries
/// `aria-current="page"`; month links are named with their year for screen readers.
struct TimelineFilterNav: Sendable {
  /// One filter: the page it leads to and how many events that page is about.
  struct Filter: Sendable {
    var text: String
    /// The accessible name, when the text alone is ambiguous ("June" → "June 2025").
    var name: String? = nil
    var path: String
    /// Shown on the timeline's first page only: counts change with every event added
    /// anywhere, and every page showing them would have to be rebuilt.
    var count: Int?
  }

  struct Year: Sendable {
    var year: Filter
    var months: [Filter]
  }

  var all: Filter
  var kinds: [Filter]
  var years: [Year]
  var undated: Filter?
  var parties: [Filter]
  /// False when `parties` holds only the most active parties.
  var partiesComplete: Bool

  /// The date filters of a timeline's periods: each year with its months, then undated.
  static func years(_ paging: TimelinePaging) -> (years: [Year], undated: Filter?) {
    var years: [Year] = []
    var undated: Filter?
    for p in paging.periods {
      let filter = Filter(
        text: p.level == .month ? String(p.label.prefix { $0 != " " }) : p.label,
        name: p.level == .month ? p.label : nil, path: p.path, count: p.count)
      switch p.level {
      case .year: years.append(Year(year: filter, months: []))
      case .month: if !years.isEmpty { years[years.count - 1].months.append(filter) }
      case .undated: undated = filter
      }
    }
    return (years, undated)
  }

  /// This nav without counts.
  var uncounted: TimelineFilterNav {
    func strip(_ f: Filter) -> Filter {
      var f = f
      f.count = nil
      return f
    }
    var nav = self
    nav.all = strip(all)
    nav.kinds = kinds.map(strip)
    nav.years = years.map { Year(year: strip($0.year), months: $0.months.map(strip)) }
    nav.undated = undated.map(strip)
    nav.parties = parties.map(strip)
    return nav
  }

  /// This nav on the page at `pagePath`: every year, and the months of that page's own year
  /// only; the timeline's first page lists them all. Every month of every year on each of a
  /// paged timeline's pages was 8 KB a page, repeated on ninety pages at 1k articles.
  func focused(on pagePath: String) -> TimelineFilterNav {
    var nav = self
    nav.years = years.map { y in
      y.year.path == pagePath || y.months.contains { $0.path == pagePath }
        ? y : Year(year: y.year, months: [])
    }
    return nav
  }

  /// Whether the nav links anything besides the whole timeline.
  var hasChoices: Bool { !kinds.isEmpty || !years.isEmpty || undated != nil || !parties.isEmpty }

  /// The nav for the page at `pagePath`, links relative to it.
  func html(linker: Linker, pagePath: String) -> String {
    func link(_ f: Filter) -> String {
      let current = f.path == pagePath ? " aria-current=\"page\"" : ""
      let name = f.name.map { " aria-label=\"\(HTMLEscaper.escape($0))\"" } ?? ""
      return
        "<a href=\"\(HTMLEscaper.escape(linker.to(f.path)))\"\(current)\(name)>\(HTMLEscaper.escape(f.text))</a>"
        + (f.count.map { " <span class=\"count\">(\($0))</span>" } ?? "")
    }
    func chips(_ filters: [Filter], label: String? = nil) -> String {
      let name = label.map { " aria-label=\"\(HTMLEscaper.escape($0))\"" } ?? ""
      return "<ul class=\"chips\"\(name)>"
        + filters.map { "<li>\(link($0))</li>" }.joined() + "</ul>\n"
    }
    var html = """
      <nav class="timeline-filters" aria-labelledby="timeline-filters-title">
      <h2 id="timeline-filters-title">Filter the timeline</h2>

      """
    html += chips([all])
    if !kinds.isEmpty {
      html += "<h3>By kind</h3>\n" + chips(kinds)
    }
    if !years.isEmpty || undated != nil {
      html += "<h3>By year and month</h3>\n<ul class=\"filter-dates\">"
      for y in years {
        html += "<li>\(link(y.year))"
        if !y.months.isEmpty {
          html += chips(y.months, label: "Months of \(y.year.text)")
        }
        html += "</li>"
      }
      if let undated { html += "<li>\(link(undated))</li>" }
      html += "</ul>\n"
    }
    if !parties.isEmpty {
      let open = parties.contains { $0.path == pagePath } ? " open" : ""
      html += "<details class=\"filter-parties\"\(open)><summary>By party</summary>\n"
      html += chips(parties)
      if !partiesComplete {
        html +=
          "<p>These are the most active parties; <a href=\"\(HTMLEscaper.escape(linker.to(all.path)))\">the timeline’s first page</a> lists them all.</p>\n"
      }
      html += "</details>\n"
    }
    return html + "</nav>"
  }

  /// The heading of a kind's page: "Meetings", "Humanitarian events".
  static func title(of kind: Event.Kind) -> String {
    switch kind {
    case .meeting: "Meetings"
    case .negotiation: "Negotiations"
    case .agreement: "Agreements"
    case .exchange: "Exchanges"
    case .attack: "Attacks"
    case .deployment: "Deployments"
    case .statement: "Statements"
    case .humanitarian: "Humanitarian events"
    case .election: "Elections"
    case .sanction: "Sanctions"
    case .other: "Other events"
    }
  }
}
