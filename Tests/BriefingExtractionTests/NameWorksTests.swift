import BriefingModels
import Testing

@testable import BriefingExtraction

/// Treaties, laws, documents and events are named like bodies ("Third Geneva Convention") but
/// are no actors: whatever the tagger calls them, they are no party.
@Suite("Name works")
struct NameWorksTests {
  func isWork(_ name: String) -> Bool {
    let tokens = Tokenizer.tokens(of: name)
    return NameWorks.isWork(0..<tokens.count, tokens)
  }

  @Test(
    "a treaty, law, document or event is a work by its head noun",
    arguments: [
      "Third Geneva Convention", "Minsk Agreement", "Paris Peace Accords", "Treaty of Versailles",
      "Convention on the Rights of the Child", "Patriot Act", "Istanbul Memorandum", "World Cup",
      "Nobel Peace Prize", "Olympic Games", "Second World War",
    ])
  func works(name: String) {
    #expect(isWork(name))
  }

  @Test(
    "a body, even one named after an event or a document, is no work",
    arguments: [
      "World Food Programme", "European Union", "Resolution Foundation", "Charter Communications",
      "War Child", "Southern Common Market", "Summit Bank", "ACT Party",
      "International Committee of the Red Cross",
    ])
  func bodies(name: String) {
    #expect(!isWork(name))
  }

  @Test("one word alone, or a head in lower case, is not judged a work")
  func oneWordOrLowerCase() {
    #expect(!isWork("Convention"))
    #expect(!isWork("Geneva convention"))
  }

  @Test("the extraction makes no party of a treaty the article's actors are called on to respect")
  func noTreatyParty() throws {
    let text =
      "The UN Human Rights Monitoring Mission in Ukraine called on all parties to respect the "
      + "Third Geneva Convention. Kyiv said the Minsk Agreement was dead."
    let found = try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).parties
    #expect(!found.contains { $0.id.contains("convention") })
    #expect(!found.contains { $0.id.contains("agreement") })
  }
}
