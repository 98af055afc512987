/// The timeline's filter form: by kind, by party and by date range, on every timeline page.
/// `timeline.js` fills its choices from ``TimelineData``, shows it, and filters the events of
/// the whole timeline in the browser, keeping the filter in the URL's query
/// (`?kind=meeting&party=russia&from=2025-01-01&to=2025-06-30`). The form is `hidden` until then,
/// so a reader without JavaScript sees the paged list and its nav, not a form that does nothing.
enum TimelineExplorer {
  static func form(linker: Linker, pagePath: String) -> String {
    let data = HTMLEscaper.escape(linker.to(SitePaths.timelineData))
    let page = HTMLEscaper.escape(SitePaths.url(pagePath))
    let root = HTMLEscaper.escape(linker.root)
    return """
      <form id="timeline-explore" class="timeline-explore" method="get" hidden \
      aria-labelledby="timeline-explore-title" data-events="\(data)" data-root="\(root)" \
      data-page="\(page)">
      <h2 id="timeline-explore-title">Explore the timeline</h2>
      <p class="explore-fields">\
      <label>Kind <select name="kind"><option value="">Any kind</option></select></label> \
      <label>Party <select name="party"><option value="">Any party</option></select></label> \
      <label>From <input name="from" type="date"></label> \
      <label>To <input name="to" type="date"></label></p>
      <p><button type="submit">Filter</button> <button type="reset">Clear</button></p>
      <div id="timeline-matches" class="timeline-matches" role="status" aria-live="polite"></div>
      </form>
      """
  }
}
