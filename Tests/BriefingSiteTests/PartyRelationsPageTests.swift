import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// A party page's relations: the table's rows in the model, the network picture and the table
/// in the page, both linking to sentences that exist, and a page that grows with the party's
/// own relations only.
@Suite("Who stands with whom on party pages")
struct PartyRelationsPageTests {
  static func model(_ id: String, corpus: Corpus = Fixtures.corpus()) throws -> PartyPageModel {
    let renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    let page = try #require(
      renderer.plan(corpus: corpus, config: Fixtures.config).first {
        $0.path == SitePaths.party(id)
      })
    guard case .document(let document) = page.prepared().content else {
      Issue.record("\(id)'s page has no model")
      throw CancellationError()
    }
    return try #require(document.model as? PartyPageModel)
  }

  @Test("the model lists each relation from the party's side, most sentences first")
  func rows() throws {
    let ukraine = try Self.model("ukraine")
    #expect(
      ukraine.relations.map { "\($0.relation) \($0.party.text) \($0.count)" } == [
        "Met Russia 2", "Agreed with Russia 1", "Accused by Russian Ministry of Defence 1",
        "Received demands from \(Fixtures.hostile) Front 1",
      ])
    #expect(ukraine.relationCount == 4)
    let met = try #require(ukraine.relations.first)
    #expect(met.anchor == "relation-met-russia")
    #expect(met.party.href == "../russia/", "from one party page to another")
    #expect(
      met.sources.map(\.href) == [
        "../../briefings/\(SitePaths.briefingName("istanbul-talks"))/#s1",
        "../../briefings/\(SitePaths.briefingName("prisoner-exchange"))/#s1",
      ])
    let ministry = try Self.model("russian-ministry-of-defence")
    #expect(ministry.relations.map(\.relation) == ["Accused"])
    #expect(ministry.relations.first?.anchor == "relation-accused-ukraine")
    #expect(try Self.model("turkey").relations.isEmpty)
  }

  @Test("the page draws the network inline and every edge links to its row of the table")
  func page() throws {
    let site = try SiteBuild()
    let html = site.text(SitePaths.party("ukraine"))
    let svg = try #require(html.firstMatch(of: /<svg[^>]*>.*?<\/svg>/.dotMatchesNewlines()))
    let picture = String(svg.output)
    #expect(picture.contains(#"role="img" aria-labelledby="relations-title relations-desc""#))
    let edges = Set(
      picture.matches(of: /<a href="#([^"]+)" class="edge"[^>]*>/).map { String($0.output.1) })
    let rows = Set(html.matches(of: /<tr id="([^"]+)">/).map { String($0.output.1) })
    #expect(edges == rows, "each row drawn, each edge a row")
    #expect(edges.contains("relation-accused-by-russian-ministry-of-defence"))
    #expect(picture.contains("marker-end=\"url(#relations-arrow-accused)\""))
    // The picture's links are for the mouse: keyboards and screen readers have the table.
    let pictureLinks = picture.matches(of: /<a [^>]*>/).map { String($0.output) }
    #expect(pictureLinks.count == edges.count + 3)  // and Russia, the ministry, the Front
    #expect(pictureLinks.allSatisfy { $0.contains(#"tabindex="-1""#) })
    #expect(
      html.contains("<caption>Relations of Ukraine: 4 relations, most sentences first.</caption>"))
    // A row names each article once, by its outlet and date, or its title where it has no
    // outlet; its sentences are the links.
    let table = try #require(
      html.firstMatch(of: /<table class="relations-table">.*?<\/table>/.dotMatchesNewlines()))
    let sources = table.output.matches(of: #/<li>([^<]*): <a\s/#).map { String($0.output.1) }
    #expect(sources.contains("Wire *service*, 2 June 2025"), "\(sources)")
    #expect(sources.contains("Prisoner exchange agreed, 9 June 2025"), "\(sources)")
    #expect(!table.output.contains("Talks in Istanbul"), "the title of an article with an outlet")
    // Hostile names stay text in the picture and the table.
    #expect(!html.contains(Fixtures.hostile))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Front"))
    // A party without relations says so, and draws nothing.
    let turkey = site.text(SitePaths.party("turkey"))
    #expect(!turkey.contains("relations-table"))
    #expect(turkey.contains("No meeting, agreement, accusation or demand links Türkiye"))
  }

  @Test("the sentences a row links to are the marked sentences of their briefing pages")
  func linksResolve() throws {
    let site = try SiteBuild()
    let path = SitePaths.party("ukraine")
    let html = site.text(path)
    let table = try #require(
      html.firstMatch(of: /<table class="relations-table">.*?<\/table>/.dotMatchesNewlines()))
    let links = SiteBuild.links(in: String(table.output))
    #expect(links.count >= 6)
    for href in links {
      let target = try #require(site.resolve(href, from: path, basePath: "/briefing/"))
      let page = site.text(target.path)
      #expect(!page.isEmpty, "\(href)")
      if let fragment = target.fragment {
        #expect(SiteBuild.ids(in: page).contains(fragment), "\(href)")
      }
    }
  }

  @Test("a party page grows with its own relations, not with the corpus's")
  func size() throws {
    var corpus = Fixtures.corpus()
    let before = try SiteBuild(corpus: corpus).files[SitePaths.party("russian-ministry-of-defence")]
    // Many relations among other parties.
    for i in 0..<200 {
      corpus.relations.append(
        Relation(
          from: "russia", to: "turkey", kind: .met,
          evidence: [RelationEvidence(article: "istanbul-talks", sentence: i % 5, text: "x")]))
      corpus.relations.append(
        Relation(
          from: "ghost-party", to: "ukraine", kind: .demanded,
          evidence: [RelationEvidence(article: "summer-outlook", sentence: 0, text: "y")]))
    }
    let after = try SiteBuild(corpus: corpus).files[SitePaths.party("russian-ministry-of-defence")]
    #expect(before == after)
    // Many sentences behind one relation: a few links and a count.
    let many = (0..<500).map {
      RelationEvidence(article: "prisoner-exchange", sentence: $0 % 4, text: "z")
    }
    corpus.relations[2].evidence = many
    let ministry = try Self.model("russian-ministry-of-defence", corpus: corpus)
    #expect(ministry.relations.first?.count == 500)
    #expect(ministry.relations.first?.sources.count == SitePlanner.relationSourceLimit)
    #expect(ministry.relations.first?.moreSources == 500 - SitePlanner.relationSourceLimit)
  }

  @Test("at most eight neighbours are drawn; the table keeps the strongest rows and says so")
  func neighbours() throws {
    var corpus = Fixtures.corpus()
    for i in 0..<40 {
      corpus.relations.append(
        Relation(
          from: "ukraine", to: "party-\(i < 10 ? "0" : "")\(i)", kind: .met,
          evidence: [RelationEvidence(article: "istanbul-talks", sentence: 0, text: "x")]))
    }
    let site = try SiteBuild(corpus: corpus)
    let html = site.text(SitePaths.party("ukraine"))
    let nodes = html.matches(of: /class="node"/).count
    #expect(nodes == SitePlanner.relationNeighbourLimit)
    let model = try Self.model("ukraine", corpus: corpus)
    #expect(model.relationCount == 44)
    #expect(model.relations.count == SitePlanner.partyRelationLimit)
    #expect(
      html.contains(
        "44 relations, most sentences first (the \(SitePlanner.partyRelationLimit) with most sentences)."
      ))
  }
}
