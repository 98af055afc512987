import BriefingModels
import Testing

@testable import BriefingExtraction

/// A description that stands for a body named earlier ("the central bank said") is the body
/// whose name says that kind, not merely the last one named; and a verb coordinated inside what
/// was said ("said Ukraine had submitted … and proposed …") is no second statement.
@Suite("Described speakers")
struct DescribedSpeakerTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("“the central bank said” is the bank named earlier, not the last company named")
  func centralBankAfterCompany() throws {
    let found = try statements(
      "The European Central Bank kept rates on hold in March. Boeing said its deliveries had fallen by a third. The central bank said inflation would ease next year."
    )
    #expect(found.map(\.party) == ["boeing", "european-central-bank"])
    #expect(found.last?.text == "inflation would ease next year")
  }

  @Test("“the company said” still stands for the last organisation named")
  func companyIsLastOrganisation() throws {
    let found = try statements(
      "The European Central Bank kept rates on hold. Boeing delayed its new jet. The company said the engines were late."
    )
    #expect(found.map(\.party) == ["boeing"])
  }

  @Test("a description whose kind no name says stays unnamed rather than take another body")
  func bankAfterFund() throws {
    let found = try statements(
      "The International Monetary Fund cut its forecast. The bank said growth would slow.")
    #expect(found.map(\.party) == [""])
    #expect(found.map(\.speakerText) == ["The bank"])
  }

  @Test("“said X had done A and proposed B”: one statement, the proposal is what was said")
  func participleInsideReportedClause() throws {
    let found = try statements(
      "Rustem Umerov said Ukraine had sent its own draft in advance and proposed a meeting in July."
    )
    #expect(found.map(\.party) == ["rustem-umerov"])
    #expect(found.first?.text.hasSuffix("proposed a meeting in July") == true)
  }

  @Test("“said she had received the list and called for …”: the speaker's own call stays")
  func ownCallAfterReportedClause() throws {
    let found = try statements(
      "Tatyana Moskalkova said she had received a new list and called for all of them to be freed."
    )
    #expect(found.map(\.party) == ["tatyana-moskalkova", "tatyana-moskalkova"])
    #expect(found.map(\.cue) == ["said", "called for"])
  }
}
