import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction

/// People whose names show their shape where the tagger cut or missed them: a given name of
/// the world lexicon before a surname, a surname before a hyphenated given name.
@Suite("People by the shape of their names")
struct PersonShapeTests {
  func names(_ text: String) throws -> [(String, NameKind)] { try Seed.names(in: text) }

  @Test("a given name and a surname no list knows are a person, the whole name")
  func givenNameAndSurname() throws {
    let found = try names("Councillors Frederick Fung and Claudia Mo were re-elected on Sunday.")
    #expect(found.contains { $0 == ("Frederick Fung", .person) })
    #expect(found.contains { $0 == ("Claudia Mo", .person) })
    #expect(!found.contains { $0.0 == "Claudia" || $0.0 == "Frederick" })
  }

  @Test("a surname before a hyphenated given name is a person")
  func hyphenatedGivenName() throws {
    let found = try names("The seat went to councillor Kwok Ka-ki of the Civic Party.")
    #expect(found.contains { $0 == ("Kwok Ka-ki", .person) })
  }

  @Test("compounds, months and words the article writes in lower case make no person")
  func notPeople() throws {
    let found = try names(
      "A Hong Kong-based group met in April Congress hall. Will said the mark was high. "
        + "Mark Street was closed.")
    #expect(!found.contains { $0.1 == .person && $0.0.contains("Kong") })
    #expect(!found.contains { $0 == ("April Congress", .person) }, "\(found)")
    #expect(!found.contains { $0.0 == "Mark Street" && $0.1 == .person })
  }
}
