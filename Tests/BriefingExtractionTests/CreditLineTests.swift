import BriefingModels
import Testing

@testable import BriefingExtraction

/// Credit lines with no reporting verb: a caption's "Image: X" and a quotation signed "— X"
/// give the credited name the caption or the quotation (GUM's attributions without a cue).
@Suite("Credit lines")
struct CreditLineTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("“Image: X” on its own signs the caption before it")
  func imageCredit() throws {
    let found = try statements(
      "A showdown at the Legion booth.\n\nImage: Nick Moreau.\n\nThe fair opened on Friday.")
    #expect(found.count == 1)
    #expect(found.first?.text == "A showdown at the Legion booth.")
    #expect(found.first?.sentence == 0)
    #expect(found.first?.cue == "Image")
    #expect(found.first?.party == "" || found.first?.party == "nick-moreau")
  }

  @Test("a credit in the caption's own sentence signs the words before it")
  func creditInTheSentence() throws {
    let found = try statements("Playstation VR demo Image: Nick Moreau.")
    #expect(found.map(\.text) == ["Playstation VR demo"])
    #expect(found.map(\.sentence) == [0])
  }

  @Test("a quotation signed with a dash is the signer's")
  func dashSignature() throws {
    let found = try statements(
      "\"So far, it's the Internet: 1. But it's a long game.\" - Matthew Ingram")
    #expect(found.contains { $0.cue == "-" && ($0.speakerText ?? $0.speaker) == "Matthew Ingram" })
  }

  @Test("a dash before a clause is no credit")
  func dashBeforeAClause() throws {
    let found = try statements("We built the profile together - Rebecca and I put it together.")
    #expect(found.isEmpty)
  }

  @Test("a name alone after a first-person sentence signs it; after a report it does not")
  func signatureWithNoDash() throws {
    let found = try statements(
      "Maria Lopez left the group in May.\n\nI was told to cut all contact with my family. Maria Lopez"
    )
    #expect(found.map(\.party) == ["maria-lopez"])
    #expect(found.first?.text == "I was told to cut all contact with my family.")
    #expect(found.first?.sentence == 1)
    let report = try statements(
      "The vote was held in May.\n\nThe results came in late. Maria Lopez")
    #expect(report.isEmpty)
  }
}
