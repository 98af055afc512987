import BriefingModels
import Testing

@testable import BriefingExtraction

/// Speakers named by what they deny or by the office they hold, in sentences written for these
/// tests: "…, a charge Moscow denies", "the ministry said", "the president said", a passive's
/// titled agent, and what was said when whom it was told closes the sentence.
@Suite("Claim and role speakers")
struct ClaimAndRoleSpeakerTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("“…, an accusation Moscow rejects”: the denier's own statement about the claim")
  func deniedClaimNoun() throws {
    let found = try statements(
      "Ukraine said Russia had shelled the power plant again, an accusation Moscow rejects.")
    #expect(found.map(\.party) == ["ukraine", "russia"])
    #expect(found.last?.stance == .deny)
    #expect(found.last?.text == "Russia had shelled the power plant again")
    #expect(found.first?.text == "Russia had shelled the power plant again")
  }

  @Test("“a claim he denies”: the person the sentence named before the pronoun")
  func deniedClaimPronoun() throws {
    let found = try statements(
      "Ukraine accused Rustem Umerov of hiding the lists, a claim he denies.")
    #expect(found.map(\.party) == ["ukraine", "rustem-umerov"])
    #expect(found.last?.stance == .deny)
  }

  @Test("a denial with no claim noun before its subject stays out of the first statement")
  func denialWithoutClaimNoun() throws {
    let found = try statements(
      "Ukraine said Russia had shelled the plant and Moscow denied it at once.")
    #expect(found.map(\.party) == ["ukraine"])
  }

  @Test("“the ministry said”: the ministry named before, never a company")
  func describedMinistry() throws {
    let named = try statements(
      "The Russian Ministry of Defence reported heavy fighting. The ministry said its forces had advanced near the river."
    )
    #expect(named.last?.party == "russian-ministry-of-defence")
    let unnamed = try statements(
      "Boeing delayed its new jet again. The ministry said the delay was regrettable for everyone.")
    #expect(unnamed.map(\.party) == [""])
    #expect(unnamed.last?.speakerText == "The ministry")
  }

  @Test("“the president said”: the person named with that role")
  func describedByRole() throws {
    let found = try statements(
      "President Joe Biden visited Kyiv on Monday. The president said the United States would stand by Ukraine."
    )
    #expect(found.last?.party == "joe-biden")
    let minister = try statements(
      "Foreign Minister Dmytro Kuleba arrived in Brussels. The foreign minister said the talks had failed."
    )
    #expect(minister.last?.party == "dmytro-kuleba")
  }

  @Test("“…,” said the president: the inverted role is the person named with it")
  func invertedRole() throws {
    let found = try statements(
      "President Joe Biden visited Kyiv on Monday. \"We stand with Ukraine for as long as it takes,\" said the president."
    )
    #expect(found.last?.party == "joe-biden")
    #expect(found.last?.text == "We stand with Ukraine for as long as it takes")
  }

  @Test("a role no one named holds speaks in its words, not as another person")
  func roleWithoutPerson() throws {
    let found = try statements(
      "President Joe Biden visited Kyiv on Monday. The mayor said the city would rebuild its bridges."
    )
    #expect(found.last?.party == "")
    #expect(found.last?.speakerText == "The mayor")
    let minister = try statements(
      "President Joe Biden visited Kyiv on Monday. The prime minister said the visit was useful.")
    #expect(minister.last?.party != "joe-biden")
  }

  @Test("“rejected by Prime Minister Boris Johnson”: the agent past a capitalised title")
  func titledPassiveAgent() throws {
    let found = try statements(
      "The plan was rejected by Prime Minister Boris Johnson over fears it would cost too much.")
    #expect(found.map(\.party) == ["boris-johnson"])
  }

  @Test("“…, Kuleba told a news conference in Kyiv.”: what was said comes before")
  func toldClosesSentence() throws {
    let found = try statements(
      "The talks have failed again, Dmytro Kuleba told a news conference in Kyiv.")
    #expect(found.map(\.party) == ["dmytro-kuleba"])
    #expect(found.first?.text == "The talks have failed again")
  }
}
