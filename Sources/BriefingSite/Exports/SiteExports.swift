import BriefingModels

extension SitePlanner {
  /// The feed and the JSON exports, in the order they are listed after the HTML pages, each
  /// computed when it is prepared.
  func exportPages() -> [Page] {
    let index = index
    let paging = paging
    let sources = briefingKeys.sources
    let fragments = fragments
    return [
      Page(path: SitePaths.feed, key: key(of: SitePaths.feed), mediaType: "application/atom+xml") {
        Array(AtomFeed(index: index).xml().utf8)
      },
      Page(
        path: SitePaths.corpusJSON, key: key(of: SitePaths.corpusJSON),
        mediaType: "application/json"
      ) {
        CorpusJSON.encode(
          index.corpus, sources: sources, fragments: fragments, entryKeys: index.entryKeys)
      },
      Page(
        path: SitePaths.timelineJSON, key: key(of: SitePaths.timelineJSON),
        mediaType: "application/json"
      ) { TimelineJSExport.encode(index: index, fragments: fragments) },
      Page(
        path: SitePaths.searchJSON, key: key(of: SitePaths.searchJSON),
        mediaType: "application/json"
      ) {
        SearchIndex.encode(index: index, paging: paging, sources: sources, fragments: fragments)
      },
    ]
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
