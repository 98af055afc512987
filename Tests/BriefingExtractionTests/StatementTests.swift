import BriefingModels
import Testing

@testable import BriefingExtraction

@Suite("Statements")
struct StatementTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("the seed's statements: who, stance, target")
  func seed() throws {
    let found = try Seed.briefing().statements
    func one(_ party: String, _ sentence: Int) -> Statement? {
      found.first { $0.party == party && $0.sentence == sentence }
    }
    let denial = try #require(one("ukrainian-coordination-headquarters", 9))
    #expect(denial.stance == .deny)
    #expect(denial.target == "russia")
    #expect(denial.cue == "dismissed")

    let peskov = try #require(one("dmitry-peskov", 12))
    #expect(peskov.stance == .commit)
    #expect(peskov.speaker == "Dmitry Peskov")

    let ministry = try #require(one("russian-ministry-of-defence", 0))
    #expect(ministry.stance == .assert)
    #expect(ministry.target == nil)

    let accusation = try #require(one("russia", 8))
    #expect(accusation.stance == .accuse)
    #expect(accusation.target == "ukraine")
  }

  @Test("quotes with the speaker after the verb, and pronouns that point back to a person")
  func speakers() throws {
    let found = try statements(
      "“We are ready,” said Dmitry Peskov. He warned Kyiv against delays. Ukraine denied the claims."
    )
    #expect(found.map(\.party) == ["dmitry-peskov", "dmitry-peskov", "ukraine"])
    #expect(found.map(\.stance) == [.assert, .other, .deny])
    #expect(found[1].target == "ukraine")
  }

  @Test("demands and accusations take the party they are aimed at")
  func targets() throws {
    let found = try statements(
      "NATO called on Russia to withdraw. Belarus accused Poland of provocations.")
    #expect(found.map(\.stance) == [.demand, .accuse])
    #expect(found.map(\.target) == ["russia", "poland"])
  }

  @Test("reported speech inside a statement is not a second statement; a coordinated verb is")
  func embedded() throws {
    let found = try statements(
      "Vladimir Medinsky said Moscow had proposed a truce and accused Kyiv of delays.")
    #expect(found.map(\.party) == ["vladimir-medinsky", "vladimir-medinsky"])
    #expect(found.map(\.stance) == [.assert, .accuse])
  }
}
