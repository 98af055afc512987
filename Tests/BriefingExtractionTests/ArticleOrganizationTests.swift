import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction

/// Organisations an article names in ways the tagger does not see one sentence at a time: an
/// acronym of a name it used or defined, an acronym where an affiliation stands, and a country
/// that is a team in a match report.
@Suite("Article-level organisations")
struct ArticleOrganizationTests {
  func read(_ text: String) throws -> (names: [(String, NameKind)], briefing: Briefing) {
    let extractor = Extractor(gazetteer: try Gazetteer.builtIn(), names: try NameModel.builtIn())
    return (
      Seed.names(in: text, extractor: extractor), extractor.extract(Seed.article(text, id: "t"))
    )
  }

  @Test("an acronym of an organisation the article named is that party")
  func initialsOfEarlierName() throws {
    let (names, briefing) = try read(
      "The exhibit opened at the University of Southern Indiana on Friday. USI's gallery "
        + "holds 150 prints, and USI plans a second show.")
    #expect(names.filter { $0 == ("USI", .organization) }.count == 2)
    let usi = briefing.parties.first { $0.mentions.contains { $0.text == "USI" } }
    #expect(
      usi?.name.hasSuffix("University of Southern Indiana") == true, "\(String(describing: usi))")
    #expect(usi?.mentions.count == 3)
  }

  @Test("an acronym defined in brackets is its long form, also before the definition")
  func bracketDefinition() throws {
    let (names, _) = try read(
      "Shells fell near KPA posts on Thursday. The leader ordered the Korean People's Army "
        + "(KPA) to be ready.")
    #expect(names.contains { $0 == ("KPA", .organization) })
  }

  @Test("an unknown acronym where an affiliation stands is an organisation at every mention")
  func affiliation() throws {
    let (names, _) = try read(
      "Other winners were DAB's Ben Chan and Frederick Fung of ADPL. The DAB won nine seats.")
    #expect(names.filter { $0.0 == "DAB" }.allSatisfy { $0.1 == .organization })
    #expect(names.filter { $0.0 == "DAB" }.count == 2)
    #expect(names.contains { $0 == ("ADPL", .organization) })
  }

  @Test("an acronym nobody defined or framed is nothing ('the VR headset')")
  func plainAcronym() throws {
    let (names, _) = try read("The VR headset sold well. Sales of the ROV doubled.")
    #expect(!names.contains { $0.0 == "VR" || $0.0 == "ROV" })
  }

  @Test("a country in a match report is its team, an organisation, at every mention")
  func teams() throws {
    let (names, _) = try read(
      "Sweden defeated South Korea 1 – 0 on Monday. Sweden had more of the ball. "
        + "Korea's goalkeeper saved twice.")
    #expect(names.filter { $0.0 == "Sweden" }.count == 2)
    #expect(names.filter { $0.0 == "Sweden" }.allSatisfy { $0.1 == .organization })
    #expect(names.contains { $0 == ("South Korea", .organization) })
  }

  @Test("a team of a match report is a party of its own, on its country's side")
  func teamParties() throws {
    let (_, briefing) = try read(
      "Sweden defeated South Korea 1 – 0 on Monday. Sweden had more of the ball. "
        + "Sweden's coach Janne Andersson said the team deserved the win.")
    let sweden = try #require(briefing.parties.first { $0.id == "sweden-national-team" })
    #expect(sweden.name == "Sweden national team")
    #expect(sweden.kind == .organization)
    #expect(sweden.parent == "sweden")
    #expect(sweden.mentions.count == 3)
    #expect(!briefing.parties.contains { $0.id == "sweden" })
    #expect(briefing.parties.contains { $0.id == "south-korea-national-team" })
    #expect(!briefing.statements.contains { $0.party == "sweden" || $0.target == "sweden" })
    #expect(!briefing.events.contains { $0.parties.contains("sweden") })
  }

  @Test("a place that is a team in a match report becomes a team party, no place")
  func placeTeams() throws {
    let (_, briefing) = try read(
      "Tunisia lost 1 – 2 to England in Volgograd on Monday. England's captain scored twice.")
    let england = briefing.parties.first {
      $0.name == "England team" || $0.name == "England national team"
    }
    #expect(england?.kind == .organization)
    #expect(england?.mentions.count == 2)
    #expect(!briefing.events.contains { $0.places.contains("England") })
  }

  @Test("a country beside a range or in a war report stays a place")
  func notTeams() throws {
    let (names, briefing) = try read(
      "Russia attacked Ukraine on Monday. Children aged 8–10 years were moved to Poland.")
    #expect(names.contains { $0 == ("Russia", .place) })
    #expect(names.contains { $0 == ("Poland", .place) })
    #expect(!names.contains { $0.1 == .organization })
    #expect(!briefing.parties.contains { $0.id.hasSuffix("-team") })
  }
}
