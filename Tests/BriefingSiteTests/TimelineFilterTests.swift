import BriefingModels
import Testing

@testable import BriefingSite

/// The timeline's filters by kind and by date range (issue #6): plain links to pages that list
/// exactly the matching events, on the same year and month pages a long timeline is split into.
@Suite("Timeline filters")
struct TimelineFilterTests {
  /// The ids of the events an HTML page lists (each carries an `event-<id>` anchor).
  static func events(_ site: SiteBuild, _ path: String) -> Set<String> {
    Set(site.text(path).matches(of: /id="event-([^"]+)"/).map { String($0.output.1) })
  }

  /// The fixture corpus with three years of events added: three a month, a season and a week
  /// each year, and two without a year; of every kind in turn, all with Russia.
  static func longCorpus() -> Corpus {
    var corpus = Fixtures.corpus()
    let kinds = Event.Kind.allCases
    var values: [String] = []
    for year in 2023...2025 {
      for month in 1...12 {
        for day in [3, 14, 25] {
          values.append("\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")
        }
      }
      values += ["\(year)-SU", "\(year)-W10"]
    }
    values += ["XXXX-01-02", "XXXX-03-04"]
    for (i, value) in values.enumerated() {
      corpus.timeline.append(
        TimelineEntry(
          id: "long-\(i)", date: Fixtures.date(value), text: "Event number \(i).",
          kind: kinds[i % kinds.count], parties: ["russia"], places: [],
          sources: [
            EventSource(article: "istanbul-talks", event: "e1", sentence: 0, text: "A sentence.")
          ]))
    }
    return corpus
  }

  static func kindPath(_ kind: String) -> String { "timeline/kind/\(kind)/index.html" }

  @Test("each kind of event has a page listing exactly the events of that kind")
  func kindPages() throws {
    let site = try SiteBuild()
    let corpus = Fixtures.corpus()
    for kind in Set(corpus.timeline.map(\.kind)) {
      let expected = Set(corpus.timeline.filter { $0.kind == kind }.map(\.id))
      #expect(Self.events(site, Self.kindPath(kind.rawValue)) == expected, "\(kind)")
    }
    #expect(site.files[Self.kindPath("election")] == nil, "no page for a kind without events")
  }

  @Test("year and month pages list exactly the events whose date starts with the year or month")
  func periodPages() throws {
    let site = try SiteBuild()
    let ids = { (prefix: String) in
      Set(Fixtures.corpus().timeline.filter { $0.date.value.hasPrefix(prefix) }.map(\.id))
    }
    #expect(Self.events(site, "timeline/2025/index.html") == ids("2025"))
    #expect(Self.events(site, "timeline/2025/06/index.html") == ids("2025-06"))
    #expect(
      !Self.events(site, "timeline/2025/06/index.html").contains("2025-w27-offer"),
      "a week is in its year, not in a month")
    #expect(Self.events(site, "timeline/undated/index.html") == ["xxxx-undated"])
    #expect(
      Self.events(site, "timeline/index.html") == Set(Fixtures.corpus().timeline.map(\.id)),
      "a short timeline still lists every event on its first page")
  }

  @Test("the first timeline page links to every filter and marks itself as the current one")
  func filterLinks() throws {
    let site = try SiteBuild()
    let html = site.text("timeline/index.html")
    let links = Set(SiteBuild.links(in: html))
    for href in [
      "../timeline/kind/meeting/", "../timeline/kind/negotiation/", "../timeline/2025/",
      "../timeline/2025/06/", "../timeline/undated/", "../timeline/party/russia/",
    ] {
      #expect(links.contains(href), "\(href)")
    }
    #expect(html.contains(#"<a href="../timeline/" aria-current="page">All events</a>"#))
    let month = site.text("timeline/2025/06/index.html")
    #expect(
      month.contains(
        #"<a href="../../../timeline/2025/06/" aria-current="page" aria-label="June 2025">June</a>"#
      ), "a month link is named with its year and marked on its own page")
  }

  @Test(
    "a timeline split by month uses the month pages: one page per path, each event at home once")
  func pagedByMonth() throws {
    let corpus = Self.longCorpus()
    let site = try SiteBuild(limit: 30, corpus: corpus)
    let paths = site.pages.map(\.path)
    #expect(Set(paths).count == paths.count, "no two pages want one file")
    #expect(Self.events(site, "timeline/index.html").isEmpty, "the first page is an overview")
    #expect(
      Self.events(site, "timeline/2024/03/index.html")
        == Set(corpus.timeline.filter { $0.date.value.hasPrefix("2024-03") }.map(\.id)))
    #expect(
      Self.events(site, "timeline/2024/index.html")
        == Set(
          corpus.timeline.filter { ["2024-SU", "2024-W10"].contains($0.date.value) }.map(\.id)),
      "the year page keeps the events that have no month")
    let year = corpus.timeline.filter { $0.date.value.hasPrefix("2024") }.count
    #expect(
      site.text("timeline/2024/index.html").contains("\(year) dated events from"),
      "while its picture and count cover the whole year")
    let homes = site.htmlPaths.filter {
      $0.wholeMatch(of: /timeline\/(\d{4}(\/\d{2})?|undated)\/index\.html/) != nil
    }
    var listed: [String: Int] = [:]
    for path in homes { for id in Self.events(site, path) { listed[id, default: 0] += 1 } }
    #expect(listed.keys.sorted() == corpus.timeline.map(\.id).sorted())
    #expect(listed.values.allSatisfy { $0 == 1 }, "each event is listed on one period page")
    #expect(site.files["timeline/party/russia/2024/03/index.html"] != nil)
    #expect(
      !site.text("timeline/index.html").contains("Pages of this timeline"),
      "the main timeline's periods are in the filter nav, not listed twice")
    #expect(
      site.text("timeline/party/russia/index.html").contains("Pages of this timeline"),
      "a party's own periods are listed on its pages")
    #expect(
      !paths.contains { $0.hasPrefix("timeline/kind/") && $0.split(separator: "/").count > 4 },
      "kinds are not combined with months or parties")
    let broken = LinkWalkTests.walk(site)
    #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
  }

  @Test("a timeline split by year lists each year whole, and its months are filters still")
  func pagedByYear() throws {
    let corpus = Self.longCorpus()
    let site = try SiteBuild(limit: 60, corpus: corpus)
    let year = Self.events(site, "timeline/2024/index.html")
    #expect(year == Set(corpus.timeline.filter { $0.date.value.hasPrefix("2024") }.map(\.id)))
    #expect(
      Self.events(site, "timeline/2024/03/index.html")
        == Set(corpus.timeline.filter { $0.date.value.hasPrefix("2024-03") }.map(\.id)))
    #expect(
      site.text("timeline/2024/03/index.html").contains("../../../timeline/2024/#event-long-"),
      "events on a month page link to their year page")
    let broken = LinkWalkTests.walk(site)
    #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
  }

  @Test("a kind longer than a page is numbered, never split by month, and lists all its events")
  func longKind() throws {
    let corpus = Self.longCorpus()
    let site = try SiteBuild(limit: 5, corpus: corpus)
    let meetings = Set(corpus.timeline.filter { $0.kind == .meeting }.map(\.id))
    let pages = site.htmlPaths.filter { $0.hasPrefix("timeline/kind/meeting/") }
    #expect(pages.count == (meetings.count + 4) / 5)
    #expect(pages.contains("timeline/kind/meeting/2/index.html"))
    var listed: [String] = []
    for path in pages {
      let events = Self.events(site, path)
      #expect(events.count <= 5, "\(path)")
      listed += events
    }
    #expect(listed.sorted() == meetings.sorted(), "each meeting is listed once")
    #expect(
      site.text("timeline/kind/meeting/2/index.html").contains(
        "\(meetings.count) events of the kind"),
      "every page says how many events the kind has")
    let broken = LinkWalkTests.walk(site)
    #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
  }

  @Test("the first page offers every party; other pages the most active ones and say so")
  func partyFilters() throws {
    var corpus = Fixtures.corpus()
    for i in 0..<35 {
      corpus.timeline.append(
        TimelineEntry(
          id: "party-\(i)", date: Fixtures.date("2025-06-20"), text: "Event \(i).", kind: .meeting,
          parties: ["group-\(i)"], places: [],
          sources: [
            EventSource(article: "istanbul-talks", event: "e1", sentence: 0, text: "A sentence.")
          ]))
    }
    let site = try SiteBuild(corpus: corpus)
    let partyLinks = { (path: String) in
      Set(SiteBuild.links(in: site.text(path)).filter { $0.contains("timeline/party/") }).count
    }
    let parties = Set(corpus.timeline.flatMap(\.parties)).count
    #expect(partyLinks("timeline/index.html") == parties)
    #expect(!site.text("timeline/index.html").contains("most active parties"))
    #expect(partyLinks("timeline/kind/meeting/index.html") == SitePlanner.filterLimit)
    #expect(site.text("timeline/kind/meeting/index.html").contains("most active parties"))
  }

  @Test("dates belong to a year and month only when their value starts with them")
  func periodKeys() {
    #expect(TimelinePaging.keys(of: "2025-06-02") == ("2025", "2025-06"))
    #expect(TimelinePaging.keys(of: "2025-06-02T14:00") == ("2025", "2025-06"))
    #expect(TimelinePaging.keys(of: "2025-06") == ("2025", "2025-06"))
    #expect(TimelinePaging.keys(of: "2025-W23") == ("2025", nil))
    #expect(TimelinePaging.keys(of: "2025-SU") == ("2025", nil))
    #expect(TimelinePaging.keys(of: "2025") == ("2025", nil))
    #expect(TimelinePaging.keys(of: "202") == (nil, nil))
    #expect(TimelinePaging.keys(of: "XXXX-06-02") == (nil, nil))
    #expect(TimelinePaging.keys(of: "2025-13") == ("2025", nil))
  }

  @Test("an event added to one month leaves the timeline pages that do not list it alone")
  func addedEventStaysLocal() throws {
    let before = try SiteBuild(limit: 30, corpus: Self.longCorpus())
    var corpus = Self.longCorpus()
    corpus.timeline.append(
      TimelineEntry(
        id: "added", date: Fixtures.date("2024-05-14"), text: "An added meeting.", kind: .meeting,
        parties: ["ukraine"], places: [],
        sources: [
          EventSource(article: "istanbul-talks", event: "e1", sentence: 0, text: "A sentence.")
        ]))
    let after = try SiteBuild(limit: 30, corpus: corpus)
    // The pages about the event: its year (whose picture and count cover the year) and month,
    // its kind, its party, and the first page (counts).
    let about: Set<String> = [
      "timeline/index.html", "timeline/2024/index.html", "timeline/2024/05/index.html",
      Self.kindPath("meeting"),
      "timeline/party/ukraine/index.html",
    ]
    var unchanged = 0
    for page in before.pages where page.path.hasPrefix("timeline/") {
      let now = after.pages.first { $0.path == page.path }
      if about.contains(page.path) {
        #expect(now?.fingerprint != page.fingerprint, "\(page.path) should show the event")
      } else if now?.fingerprint == page.fingerprint {
        unchanged += 1
      } else {
        Issue.record("\(page.path) changed though it does not list the event")
      }
    }
    #expect(unchanged > 40)
  }
}
