import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction

/// Where the name tagger's span and the rules' mentions overlap, the better reading wins: the
/// tagger's cut of a person the rules began with a title or another word, its longer name
/// around a state or a party only this article defined, and hyphenated names kept whole.
@Suite("Tagger and rules overlap")
struct TaggerOverlapTests {
  func names(_ text: String) throws -> [(String, NameKind)] { try Seed.names(in: text) }

  @Test("a word before a person's name is no part of it, a given name is")
  func personCut() throws {
    let found = try names(
      "Biologist Nick Bos said the ants heal themselves. For Kevin Allton, the show was a "
        + "highlight. The forms are part of Prime Minister Rishi Sunak's plan.")

    #expect(found.contains(where: { $0 == ("Nick Bos", .person) }))
    #expect(!found.contains(where: { $0.0 == "Biologist Nick Bos" }))
    #expect(found.contains(where: { $0 == ("Rishi Sunak", .person) }))
  }

  @Test("a hyphenated name ending in a lower-case part is a name")
  func hyphenated() throws {
    let found = try names(
      "Two veteran politicians, Lee Cheuk-yan and Leung Yiu-chung, lost their seats.")

    #expect(found.contains(where: { $0 == ("Lee Cheuk-yan", .person) }))
  }

  @Test("a longer name around a state or an article's own party is the tagger's")
  func longer() throws {
    let found = try names(
      "A leaked letter was seen by Sky News on Monday. Officials told Sky News that the "
        + "U.S. Department of Agriculture disagreed. Valeska Paris spent years on the ship.")

    #expect(found.contains(where: { $0 == ("Sky News", .organization) }))
    #expect(found.contains(where: { $0 == ("U.S. Department of Agriculture", .organization) }))
  }

  @Test("a name after 'the' that speaks is no person ('The Deseret News observed')")
  func theNewspaper() throws {
    let found = try names(
      "The Deseret News observed that the hashtag had become a phenomenon. The Straits Times "
        + "noted the support.")
    #expect(!found.contains(where: { $0.1 == .person }))
  }
}
