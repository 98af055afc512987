import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

@Suite("The site: pages planned from a corpus, rendered through Mustache, cmark and the layout")
struct SitePagesTests {
  @Test("plans every kind of page, each path in the safe alphabet")
  func plansPages() throws {
    let site = try SiteBuild()
    let paths = Set(site.pages.map(\.path))
    for expected in [
      "index.html", "briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html",
      "briefings/\(SitePaths.briefingName("prisoner-exchange"))/index.html",
      "timeline/index.html", "timeline/events.json", "parties/index.html",
      "parties/russia/index.html", "parties/script-front/index.html",
      "parties/ghost-party/index.html",
      "search/index.html", "404.html", "feed.xml", "sitemap.xml", "index.json",
      "briefings/\(SitePaths.briefingName("istanbul-talks"))/briefing.json", "search/index.json",
      "search/s/0.json",
      "search/r/0.json", "assets/site.css", "assets/search.js", "assets/timeline.js",
    ] {
      #expect(paths.contains(expected), "missing \(expected)")
    }
    #expect(paths.count == site.pages.count, "two pages share a path")
    for path in paths {
      #expect(
        path.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-./".contains($0)) },
        "\(path)")
    }
  }

  @Test("hostile text from articles stays text on every page, the feed and the JSON")
  func hostileStaysText() throws {
    let site = try SiteBuild()
    for (path, bytes) in site.files where !path.hasPrefix("assets/") {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(!text.contains("<script>"), "\(path) carries a script tag")
      #expect(!text.contains("<img"), "\(path) carries an image tag")
      #expect(!text.contains("href=\"javascript"), "\(path) carries a javascript: link")
      #expect(!text.contains("src=\"x"), "\(path) carries a hostile src")
      if path.hasSuffix(".json") { #expect(!text.contains("<"), "\(path) has a raw <") }
    }
    let briefing = site.text("briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html")
    #expect(briefing.contains("<h1>Talks in Istanbul &lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
    #expect(
      briefing.contains("[x](javascript:alert(1))"),
      "the link text of the sentence is shown as text")
    let party = site.text("parties/script-front/index.html")
    #expect(party.contains("&lt;script&gt;alert(1)&lt;/script&gt; Front"))
    #expect(
      site.text("feed.xml").contains(
        "<title>Talks in Istanbul &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    for expected in Fixtures.corpus().briefings {
      let json = try #require(site.files[SitePaths.briefingJSON(expected.article.id)])
      // The published form (version 5) is the contract without the sentences, which the page
      // beside it carries, its items as arrays: named and given the sentences back, it reads as
      // the briefing, text intact.
      var object = try #require(
        try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
      #expect(object["schemaVersion"] as? Int == BriefingContract.publishedSchemaVersion)
      #expect(object["sentences"] == nil, "the sentences are on the page, not in its JSON")
      object = try Self.named(object)
      object["schemaVersion"] = BriefingContract.schemaVersion
      if !expected.sentences.isEmpty { object["sentences"] = expected.sentences }
      let full = try JSONSerialization.data(withJSONObject: object)
      let briefing = try JSONDecoder().decode(BriefingContract.self, from: full).briefing
      // Published without the path of the file on the build machine.
      var published = expected
      published.article.path = ""
      #expect(briefing == published, "a briefing's JSON and its page's sentences give the briefing")
      let page = site.text(SitePaths.briefing(expected.article.id))
      for n in expected.sentences.indices {
        #expect(
          page.contains("<li id=\(SitePaths.sentenceAnchor(n))>"), "sentence \(n) on its page")
      }
    }
  }

  /// A published briefing's items as the contract's objects, by the field order docs/DESIGN.md
  /// gives (absent fields `null` or left off the end; a statement's quote is a span or a text).
  static func named(_ published: [String: Any]) throws -> [String: Any] {
    let fields = [
      "events": ["sentence", "kind", "date", "parties", "places", "id", "text", "fullId"],
      "statements": [
        "sentence", "party", "cue", "stance", "quote", "target", "speaker", "speakerText",
      ],
      "timex": ["start", "end", "text", "value", "type", "mod"],
    ]
    var object = published
    for (list, names) in fields {
      guard let items = published[list] as? [[Any]] else { continue }
      object[list] = try items.map { item in
        try #require(item.count <= names.count && !(item.last is NSNull))
        var named: [String: Any] = [:]
        for (name, value) in zip(names, item) where !(value is NSNull) {
          named[name == "quote" ? (value is String ? "text" : "span") : name] = value
        }
        return named
      }
    }
    return object
  }

  @Test("a site's published briefing.json is no input: generate --briefings wants extract's form")
  func publishedFormIsRefused() throws {
    let site = try SiteBuild()
    let id = try #require(Fixtures.corpus().briefings.first?.article.id)
    let json = try #require(site.files[SitePaths.briefingJSON(id)])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(BriefingContract.self, from: Data(json))
    }
  }

  @Test("every HTML page is one document with one h1, a lang, unique ids and labelled pictures")
  func wellFormedPages() throws {
    let site = try SiteBuild()
    for path in site.htmlPaths {
      let html = site.text(path)
      #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"), "\(path)")
      #expect(html.matches(of: /<h1[ >]/).count == 1, "\(path) must have one h1")
      let ids = SiteBuild.ids(in: html)
      #expect(Set(ids).count == ids.count, "\(path) has duplicate ids: \(ids.sorted())")
      #expect(html.contains("<main id=\"main\">"))
      #expect(!html.contains("raw HTML omitted"), "\(path): a template wrote raw HTML")
      #expect(!html.contains("\u{F8F0}"), "\(path): an unfilled slot marker")
      for svg in html.matches(of: /<svg[^>]*>/) {
        #expect(
          svg.output.contains("role=\"img\"") && svg.output.contains("aria-labelledby"), "\(path)")
      }
      #expect(
        html.matches(of: /<svg/).count == html.matches(of: /<desc id=/).count,
        "\(path): a picture lacks its text alternative")
    }
  }

  @Test(
    "the pages carry their pictures: strip on the timeline, stances and companions on parties, placement on briefings"
  )
  func pictures() throws {
    let site = try SiteBuild()
    #expect(
      site.text("timeline/index.html").contains(
        "<title id=\"timeline-strip-title\">Events over time</title>"))
    let russia = site.text("parties/ukrainian-coordination-headquarters/index.html")
    #expect(russia.contains("Statements by Ukrainian Coordination Headquarters per month"))
    #expect(russia.contains("class=\"stance-deny\""))
    #expect(site.text("parties/russia/index.html").contains("Parties Russia appears with most"))
    let briefing = site.text("briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html")
    #expect(briefing.contains("<figure class=\"chart placement\" data-span="))
    #expect(briefing.contains("placement.js"), "the script that draws the picture")
    #expect(
      briefing.contains("<li id=s2><mark>"),
      "the sentence a statement came from is marked")
    #expect(
      briefing.contains("<li id=s5># Not a heading"), "unmarked sentences are plain")
  }

  @Test("one timeline entry lists every article that reported it")
  func mergedSources() throws {
    let html = try SiteBuild().text("timeline/index.html")
    let entry = try #require(
      html.firstRange(of: "id=\"event-\(SitePaths.eventName("2025-06-02-meeting-istanbul"))\""))
    let item = html[entry.lowerBound...].prefix(1500)
    #expect(item.contains("../briefings/\(SitePaths.briefingName("istanbul-talks"))/#s1"))
    #expect(item.contains("../briefings/\(SitePaths.briefingName("prisoner-exchange"))/#s1"))
  }

  @Test("the feed is dated by the latest article, not the clock")
  func feedDate() throws {
    let feed = try SiteBuild().text("feed.xml")
    #expect(feed.contains("<updated>2025-07-01T00:00:00Z</updated>"))
    #expect(
      feed.contains(
        "<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/briefing/briefings/\(SitePaths.briefingName("istanbul-talks"))/\"/>"
      ))
  }

  @Test("index.json lists each briefing's JSON and page, and each party, and nothing more")
  func dataIndex() throws {
    let site = try SiteBuild()
    let data = Data(try #require(site.files["index.json"]))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let briefings = try #require(json["briefings"] as? [[String: Any]])
    let corpus = Fixtures.corpus()
    #expect(briefings.count == corpus.briefings.count)
    for b in briefings {
      let path = try #require(b["json"] as? String)
      #expect(site.files[path] != nil, "\(path) is listed but not written")
      let page = try #require(b["page"] as? String)
      #expect(site.files[page + "index.html"] != nil, "\(page) is listed but not written")
      #expect(b["sentences"] == nil, "the index holds no text of the articles")
    }
    let index = SiteIndex(corpus: corpus, config: Fixtures.config)
    #expect((json["parties"] as? [Any])?.count == index.parties.count)
    let briefingJSON = corpus.briefings.reduce(0) {
      $0 + (site.files[SitePaths.briefingJSON($1.article.id)]?.count ?? 0)
    }
    #expect(data.count < briefingJSON, "the index is smaller than the briefings it lists")
  }

  @Test("no whole-corpus export: corpus.json, timeline.json and search.json are gone")
  func noWholeCorpusExports() throws {
    let site = try SiteBuild()
    for path in ["corpus.json", "timeline.json", "search.json"] {
      #expect(site.files[path] == nil, "\(path) is still written")
    }
    #expect(
      !site.files.keys.contains {
        $0.hasPrefix("timeline/party/") || $0.hasPrefix("timeline/kind/")
      })
  }

  @Test("links climb only out of the folders two pages do not share; search's index from the root")
  func relativeLinks() throws {
    let site = try SiteBuild()
    let party = site.text("parties/ukraine/index.html")
    #expect(party.contains(#"href="../russia/""#), "party to party: one folder up")
    #expect(party.contains(#"href="../../briefings/"#), "party to briefing: up to the root")
    #expect(site.text("timeline/index.html").contains(#"href="../parties/russia/""#))
    // search.js takes the records' root from this path, so it is not shortened to `index.json`.
    #expect(site.text("search/index.html").contains(#"data-index="../search/index.json""#))
  }
}
