import BriefingModels
import Testing

@testable import BriefingSite

/// Pages no bigger than what they say (issue 16): a timeline page lists the months of its own
/// year only, pictures draw their bars as one path with the numbers in words, a briefing's key
/// dates link their dates to the timeline, its speakers are named once each, its article marks
/// the sentences facts came from without links back, and a party page links the statements it
/// lists to their sentences rather than quoting them again.
@Suite("Compact pages")
struct CompactPagesTests {
  static func first(_ pattern: Regex<Substring>, in html: String) -> String? {
    html.firstMatch(of: pattern.dotMatchesNewlines()).map { String($0.output) }
  }

  @Test("a period page lists every year, and the months of its own year only")
  func focusedNav() throws {
    let site = try SiteBuild(limit: 30, corpus: TimelineFilterTests.longCorpus())
    let first = site.text("timeline/index.html")
    for year in ["2023", "2024", "2025"] {
      #expect(first.contains("aria-label=\"Months of \(year)\""), "the first page lists them all")
    }
    for path in ["timeline/2024/index.html", "timeline/2024/03/index.html"] {
      let nav = try #require(
        Self.first(/<nav class="timeline-filters".*?<\/nav>/, in: site.text(path)))
      // Relative from the page's own folder: `../2023/` from a year, `../../2023/` from a
      // month (2024, the page's own year, is `./` or `../`).
      for year in ["2023", "2025"] {
        #expect(nav.contains("\(year)/\""), "\(path) links \(year)")
      }
      #expect(nav.contains("aria-label=\"Months of 2024\""), "\(path)")
      #expect(nav.contains(/href="[^"]*11\/"/), "\(path)")
      #expect(!nav.contains("Months of 2023") && !nav.contains("Months of 2025"), "\(path)")
      #expect(!nav.contains(/2023\/\d\d\//), "\(path)")
    }
  }

  @Test("the strip's bars are one path, and its description gives each bar's count")
  func stripIsOnePath() throws {
    let site = try SiteBuild(limit: 30, corpus: TimelineFilterTests.longCorpus())
    let strip = try #require(
      Self.first(
        /<figure class="chart strip">.*?<\/figure>/, in: site.text("timeline/2024/03/index.html")))
    #expect(!strip.contains("<rect"))
    #expect(strip.matches(of: /<path d="M[^"]+" class="bar"\/>/).count == 1)
    #expect(strip.contains("Events per day: 3 Mar 2024, 1; 14 Mar 2024, 1; 25 Mar 2024, 1."))
  }

  @Test(
    "a party's stances are one path per stance; rectangles are only the legend's, one a stance drawn"
  )
  func stancesArePaths() throws {
    let page = try SiteBuild().text("parties/ukrainian-coordination-headquarters/index.html")
    let chart = try #require(Self.first(/<figure class="chart stances">.*?<\/figure>/, in: page))
    #expect(chart.matches(of: /<path d="M[^"]+" class="stance-deny"\/>/).count == 1)
    let drawn = chart.matches(of: /<path d="M[^"]+" class="stance-/).count
    #expect(chart.matches(of: /<rect\s/).count == drawn, "the legend names the stances drawn")
    #expect(chart.contains("1 deny"), "the description counts the statements")
  }

  @Test("a briefing's key dates link each date to the event on the timeline")
  func keyDatesLinkTheirDates() throws {
    let page = try SiteBuild().text(
      "briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html")
    let list = try #require(Self.first(/<ul class="key-dates">.*?<\/ul>/, in: page))
    #expect(
      list.contains(
        ##"<li><a href="../../timeline/#event-\##(SitePaths.eventName("2025-06-02-meeting-istanbul"))">2 June 2025</a>: <a href="#s1">meeting</a>"##
      ))
    #expect(!list.contains("on the timeline"))
  }

  @Test("a briefing names each speaker once, and each statement's cue links to its sentence")
  func speakersNamedOnce() throws {
    var corpus = Fixtures.corpus()
    let i = try #require(corpus.briefings.firstIndex { $0.article.id == "istanbul-talks" })
    corpus.briefings[i].statements.append(
      Statement(
        party: "ukrainian-coordination-headquarters", cue: "warned", stance: .other,
        text: "the next round", sentence: 3))
    let page = try SiteBuild(corpus: corpus).text(
      "briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html")
    let list = try #require(Self.first(/<h2>Who said what<\/h2>\s*<ul>.*?<\/ul>/, in: page))
    #expect(list.matches(of: /<li>/).count == 2, "two speakers")
    #expect(list.matches(of: /parties\/ukrainian-coordination-headquarters\//).count == 1)
    #expect(
      list.contains(
        ##"<a href="#s3">dismissed</a> about <a href="../../parties/russia/">Russia</a> (deny); <a href="#s4">warned</a> (other)"##
      ))
  }

  @Test("a briefing's article marks the sentences facts came from, and links nowhere")
  func articleMarksOnly() throws {
    let page = try SiteBuild().text(
      "briefings/\(SitePaths.briefingName("istanbul-talks"))/index.html")
    let text = try #require(Self.first(/<ol class="article-text">.*?<\/ol>/, in: page))
    for sentence in ["s1", "s2", "s3", "s4"] {
      #expect(text.contains("<li id=\(sentence)><mark>"), "\(sentence) holds a fact")
    }
    #expect(text.contains("<li id=s5># Not a heading"), "no fact: not marked")
    #expect(!text.contains("</li>"), "HTML leaves out the end of a list item")
    #expect(!text.contains("<a "))
  }

  @Test("a party page links each statement to its sentence instead of quoting it again")
  func partyStatementsLink() throws {
    let page = try SiteBuild().text("parties/ukrainian-coordination-headquarters/index.html")
    let item = try #require(Self.first(/<li id="st1">[^\n]*/, in: page))
    #expect(
      item.contains(
        #"<em>dismissed</em>, about <a href="../russia/">Russia</a> (deny): "#))
    #expect(
      item.contains(##"href="../../briefings/\##(SitePaths.briefingName("istanbul-talks"))/#s3""##))
    #expect(!item.contains("the claim"), "the words are in the linked sentence")
    #expect(!item.contains("parties/ukrainian-coordination-headquarters/"), "the page is the party")
  }
}
