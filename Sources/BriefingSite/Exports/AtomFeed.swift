import BriefingModels

/// The Atom feed of the latest briefings. Its `updated` is the latest article's date, never
/// the time of the build, so two builds of the same content give the same bytes.
struct AtomFeed {
  var index: SiteIndex
  var limit = 50

  func xml() -> String {
    let config = index.config
    let base = config.normalizedBaseURL
    let e = HTMLEscaper.escape
    func stamp(_ d: CalendarDate?) -> String {
      "\((d ?? CalendarDate(year: 1970, month: 1, day: 1)!).iso)T00:00:00Z"
    }
    var out = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(e(config.language))">
      <title>\(e(config.title))</title>\n
      """
    if let d = config.description { out += "<subtitle>\(e(d))</subtitle>\n" }
    out += """
      <link rel="self" type="application/atom+xml" href="\(e(base + SitePaths.feed))"/>
      <link rel="alternate" type="text/html" href="\(e(base))"/>
      <id>\(e(base))</id>
      <updated>\(stamp(index.latestArticleDate))</updated>
      <author><name>\(e(config.title))</name></author>\n
      """
    for b in index.briefingsByDate.prefix(limit) {
      let url = base + SitePaths.url(SitePaths.briefing(b.article.id))
      let date = b.article.published.flatMap(CalendarDate.init(iso:)) ?? index.latestArticleDate
      out += "<entry>\n<title>\(e(b.article.title))</title>\n"
      out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(e(url))\"/>\n"
      out += "<id>\(e(url))</id>\n<updated>\(stamp(date))</updated>\n"
      if let p = b.article.published.flatMap(CalendarDate.init(iso:)) {
        out += "<published>\(stamp(p))</published>\n"
      }
      if let a = b.article.author { out += "<author><name>\(e(a))</name></author>\n" }
      let summary = b.summary.isEmpty ? Array(b.sentences.prefix(2)) : b.summary
      if !summary.isEmpty {
        out += "<summary type=\"text\">\(e(summary.joined(separator: " ")))</summary>\n"
      }
      out += "</entry>\n"
    }
    return out + "</feed>\n"
  }
}

/// sitemap.xml: every HTML page but the 404 page, as absolute URLs.
struct Sitemap {
  var baseURL: String
  var paths: [String]

  func xml() -> String {
    var out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for p in paths {
      out += "<url><loc>\(HTMLEscaper.escape(baseURL + SitePaths.url(p)))</loc></url>\n"
    }
    return out + "</urlset>\n"
  }
}
