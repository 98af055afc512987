import Testing

@testable import BriefingSite

/// Short page paths (issue 16.1): a briefing's folder and an event's anchor are a short hash of
/// the id alone, and a relative link climbs only out of the folders two pages do not share.
@Suite("Short page paths")
struct ShortPathTests {
  @Test("a briefing's name: 8 base-36 digits of its id, the same in every build")
  func briefingName() {
    let id = "2023-01-07-the-russian-government-questions-new-sanctions-on-energy-00961"
    let name = SitePaths.briefingName(id)
    #expect(name.utf8.count == 8)
    #expect(name.utf8.allSatisfy { (48...57).contains($0) || (97...122).contains($0) })
    #expect(name == SitePaths.briefingName(String(id)), "depends on the id alone")
    // Pinned: a changed name is a changed URL for every reader of a published site.
    #expect(SitePaths.briefing("istanbul-talks") == "briefings/qig20bl2/index.html")
    #expect(SitePaths.briefingJSON("istanbul-talks") == "briefings/qig20bl2/briefing.json")
    #expect(SitePaths.eventAnchor("istanbul-talks") == "event-qig20bl2")
  }

  @Test("names of 10,000 ids of the benchmark's shape are all different")
  func namesDiffer() {
    let ids = (0..<10_000).map { "2025-06-\($0 % 28 + 1)-talks-on-item-\($0)" }
    #expect(Set(ids.map(SitePaths.briefingName)).count == ids.count)
  }

  @Test("a relative link climbs only out of the folders the two pages do not share")
  func relativeLinks() {
    let party = Linker(pagePath: "parties/ukraine/index.html")
    #expect(party.to("parties/russia/index.html") == "../russia/")
    #expect(party.to("parties/index.html") == "../")
    #expect(party.to("parties/ukraine/index.html") == "./")
    #expect(party.to("parties/ukraine/index.html", anchor: "st1") == "#st1")
    #expect(
      party.to("briefings/qig20bl2/index.html", anchor: "s3") == "../../briefings/qig20bl2/#s3")
    #expect(party.to("index.html") == "../../")
    #expect(party.to("feed.xml") == "../../feed.xml")
    let month = Linker(pagePath: "timeline/2024/03/index.html")
    #expect(month.to("timeline/2023/index.html") == "../../2023/")
    #expect(month.to("timeline/2024/11/index.html") == "../11/")
    #expect(month.to("timeline/events.json") == "../../events.json")
    #expect(month.asset("site.css") == "../../../assets/site.css")
    let home = Linker(pagePath: "index.html")
    #expect(home.to("timeline/index.html") == "timeline/")
    #expect(home.to("index.html") == "./")
    let absolute = Linker(absoluteBase: "/briefing/")
    #expect(absolute.to("parties/russia/index.html") == "/briefing/parties/russia/")
  }
}
