import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// One timeline (issue 18): the year and month pages a long timeline is split into, linked
/// without script; kinds, parties and date ranges filtered in the browser from
/// `timeline/events.json`, never by pages of their own.
@Suite("Timeline filters")
struct TimelineFilterTests {
  /// The names of the events an HTML page lists (each carries an `event-<name>` anchor,
  /// ``SitePaths/eventName(_:)`` of its id).
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

  /// `timeline/events.json` decoded: id → (page URL, kind, day, party ids).
  static func data(_ site: SiteBuild) throws -> [String: (String, String, String, [String])] {
    let bytes = Data(try #require(site.files[SitePaths.timelineData]))
    let json = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    let kinds = try #require(json["kinds"] as? [String])
    let parties = try #require(json["parties"] as? [[String]])
    let pages = try #require(json["pages"] as? [[String]])
    var out: [String: (String, String, String, [String])] = [:]
    for case let e as [Any] in try #require(json["events"] as? [Any]) {
      let ids = (e[4] as! String).split(separator: " ").map { parties[Int($0)!][0] }
      out[e[0] as! String] = (pages[e[1] as! Int][0], kinds[e[2] as! Int], e[3] as! String, ids)
    }
    return out
  }

  @Test("a short timeline is one page: no page per kind, party, year or month repeats it")
  func shortTimeline() throws {
    let site = try SiteBuild()
    let timelinePages = site.htmlPaths.filter { $0.hasPrefix("timeline/") }
    #expect(timelinePages == ["timeline/index.html"])
    #expect(
      Self.events(site, "timeline/index.html")
        == Set(Fixtures.corpus().timeline.map { SitePaths.eventName($0.id) }),
      "a short timeline lists every event on its first page")
    let html = site.text("timeline/index.html")
    // Nothing to pick but the page itself: no "Filter the timeline" nav, only the form.
    #expect(!html.contains("timeline-filters"))
    #expect(html.contains(#"<form id="timeline-explore""#) && html.contains(" hidden "))
    #expect(html.contains(#"<script src="../assets/timeline.js" defer></script>"#))
  }

  @Test("timeline/events.json says, for every event, its page, kind, day and parties")
  func filterData() throws {
    let site = try SiteBuild(limit: 30, corpus: Self.longCorpus())
    let data = try Self.data(site)
    let corpus = Self.longCorpus()
    #expect(Set(data.keys) == Set(corpus.timeline.map { SitePaths.eventName($0.id) }))
    for entry in corpus.timeline {
      let name = SitePaths.eventName(entry.id)
      let (page, kind, day, parties) = try #require(data[name])
      #expect(Self.events(site, page + "index.html").contains(name), "\(entry.id) on \(page)")
      #expect(kind == entry.kind.rawValue)
      #expect(Set(parties) == Set(entry.parties))
      #expect(day == (DateLabel(entry.date).start?.iso ?? ""))
    }
    let text = corpus.timeline.reduce(0) { $0 + $1.text.utf8.count }
    #expect(site.files[SitePaths.timelineData]!.count < 8 * text, "no text, a few numbers each")
  }

  @Test("a party's page links into the timeline filtered to it")
  func partyLink() throws {
    let site = try SiteBuild()
    #expect(
      site.text("parties/russia/index.html").contains(#"href="../../timeline/?party=russia""#))
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
        == Set(
          corpus.timeline.filter { $0.date.value.hasPrefix("2024-03") }.map {
            SitePaths.eventName($0.id)
          }))
    #expect(
      Self.events(site, "timeline/2024/index.html")
        == Set(
          corpus.timeline.filter { ["2024-SU", "2024-W10"].contains($0.date.value) }.map {
            SitePaths.eventName($0.id)
          }),
      "the year page keeps the events that have no month")
    let year = corpus.timeline.filter { $0.date.value.hasPrefix("2024") }.count
    #expect(
      site.text("timeline/2024/index.html").contains("\(year) dated events from"),
      "while its picture and count cover the whole year")
    let homes = site.htmlPaths.filter { $0.hasPrefix("timeline/") }
    var listed: [String: Int] = [:]
    for path in homes { for id in Self.events(site, path) { listed[id, default: 0] += 1 } }
    #expect(listed.keys.sorted() == corpus.timeline.map { SitePaths.eventName($0.id) }.sorted())
    #expect(listed.values.allSatisfy { $0 == 1 }, "each event is listed on one timeline page")
    #expect(
      !site.text("timeline/index.html").contains("Pages of this timeline"),
      "the main timeline's periods are in the filter nav, not listed twice")
    let broken = LinkWalkTests.walk(site)
    #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
  }

  @Test("a timeline split by year lists each year whole, with no month page repeating it")
  func pagedByYear() throws {
    let corpus = Self.longCorpus()
    let site = try SiteBuild(limit: 60, corpus: corpus)
    let year = Self.events(site, "timeline/2024/index.html")
    #expect(
      year
        == Set(
          corpus.timeline.filter { $0.date.value.hasPrefix("2024") }.map {
            SitePaths.eventName($0.id)
          }))
    #expect(site.files["timeline/2024/03/index.html"] == nil)
    let broken = LinkWalkTests.walk(site)
    #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
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
    // the filter data, and the first page (counts).
    let about: Set<String> = [
      "timeline/index.html", "timeline/2024/index.html", "timeline/2024/05/index.html",
      SitePaths.timelineData,
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
    #expect(unchanged > 30)
  }
}
