import BriefingModels

extension SitePlanner {
  /// The feed and the data files, in the order they are listed after the HTML pages, each
  /// computed when it is prepared. Nothing here holds the whole corpus: each briefing's JSON
  /// sits beside its page, `index.json` lists them, the timeline's filter data holds no text,
  /// and search is sharded (``SearchShards``).
  func exportPages() -> [Page] {
    let index = index
    let paging = paging
    var pages = [
      Page(path: SitePaths.feed, key: key(of: SitePaths.feed), mediaType: "application/atom+xml") {
        Array(AtomFeed(index: index).xml().utf8)
      },
      Page(
        path: SitePaths.dataIndex, key: key(of: SitePaths.dataIndex), mediaType: "application/json"
      ) { DataIndex.bytes(index: index) },
      Page(
        path: SitePaths.timelineData, key: key(of: SitePaths.timelineData),
        mediaType: "application/json"
      ) { TimelineData.bytes(index: index, paging: paging) },
    ]
    // A briefing's JSON is decided by its source, when the generator knows it. The site
    // publishes its leaner form (version 5: no sentences, the page has them) without `path`:
    // where the build machine kept the file is no reader's business (and an absolute
    // `--content` would leak the machine's folders).
    let sources = briefingKeys.sources
    for b in index.briefingsByDate {
      let path = SitePaths.briefingJSON(b.article.id)
      pages.append(
        Page(
          path: path, key: sources[b.article.id].map { Fingerprint.of("briefing-json 3", $0) },
          mediaType: "application/json"
        ) {
          var published = b
          published.article.path = ""
          var bytes = BriefingContract(published).publishedBytes()
          bytes.append(UInt8(ascii: "\n"))
          return bytes
        })
    }
    // The search index's files, each keyed by what lands in it (not by the whole corpus).
    pages += SearchFiles.pages(
      records: SearchRecords(index: index, paging: paging, sources: sources),
      cache: searchCache.map { SearchCache(url: $0, tool: tool) },
      keyed: corpusKey == nil ? nil : briefingKeys.site)
    return pages
  }

  /// sitemap.xml: every HTML page but the 404 page.
  func sitemapPage(htmlPaths: [String]) -> Page {
    Page(
      path: SitePaths.sitemap, key: key(of: SitePaths.sitemap), mediaType: "application/xml",
      bytes: Array(
        Sitemap(
          baseURL: index.config.normalizedBaseURL,
          paths: htmlPaths.filter { $0 != SitePaths.notFound }
        ).xml().utf8))
  }
}
