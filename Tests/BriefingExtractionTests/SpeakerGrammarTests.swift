import BriefingModels
import Testing

@testable import BriefingExtraction

/// Round 3 of who said what: reporting grammar that decides whether a verb reports and whose
/// it is (a negated verb, "continued:", "ruled that", an addressee after "to the", a party
/// inside a description of the subject).
@Suite("Reporting grammar: negation, addressees, descriptions of the subject")
struct SpeakerGrammarTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("a negated verb says nothing, and the clause after “but” has its own speaker")
  func negatedVerb() throws {
    let found = try statements(
      "Ukrainian officials have not said why the talks were delayed, but Kremlin spokesman Dmitry Peskov says there were concerns about the lists. Ukraine did not confirm the report."
    )
    #expect(found.map(\.cue) == ["says"])
    #expect(found.first?.party == "dmitry-peskov")
  }

  @Test("“continued” reports only before a colon or a quotation")
  func continued() throws {
    let found = try statements(
      "Maria Zakharova said Kyiv had delayed the exchange. She continued: \"Kyiv must keep its promises.\" The talks continued for an hour."
    )
    #expect(found.map(\.cue) == ["said", "continued"])
    #expect(found.last?.party == "maria-zakharova")
  }

  @Test("a court that “ruled that” speaks")
  func ruled() throws {
    let found = try statements("The court ruled that the ban was unlawful.")
    #expect(found.map(\.cue) == ["ruled"])
    #expect(found.first?.speakerText == "The court")
  }

  @Test("a body after “to the” is the addressee, not the speaker")
  func addressee() throws {
    let found = try statements(
      "In a statement to the United Nations, Ukraine denied the report."
    )
    #expect(found.map(\.party) == ["ukraine"])
  }

  @Test("a party owns the people or the document before “from”, “by”, “at”")
  func owner() throws {
    let found = try statements(
      "Costs have fallen, an assessment from the Russian delegation indicated. Risks remain high, data from Moscow suggested."
    )
    #expect(found.map(\.party) == ["russia", "russia"])
  }

  @Test("a party inside a description of the subject does not speak; a person's title is no place")
  func descriptionOfSubject() throws {
    let found = try statements(
      "Valeska Paris, an Australian woman and former volunteer, has claimed that she was held aboard a ship. U.S. Secretary of State Antony Blinken said the vote was flawed."
    )
    #expect(!found.contains { $0.party == "australia" })
    #expect(found.last?.party == "antony-blinken")
  }
}

/// Speakers set off by commas: an inversion with no quotation and a long apposition.
@Suite("Speakers set off by commas")
struct CommaSpeakerTests {
  @Test("“…, said Mauer, are required”; “Cynthia Thompson, curator … at the University, said”")
  func setOffByCommas() throws {
    let found = try Extractor(gazetteer: Gazetteer.builtIn()).extract(
      Seed.article(
        "Institutional recipients, said Mauer, are required to exhibit their photographs. Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said the images serve as documentation."
      )
    ).statements
    #expect(found.map(\.cue) == ["said", "said"])
    #expect(found.map { $0.speaker ?? "" } == ["Mauer", "Cynthia Thompson"])
  }

  @Test("“according to Yonhap news agency”: a source no list knows, right after the cue")
  func accordingToUnknown() throws {
    let found = try Extractor(gazetteer: Gazetteer.builtIn()).extract(
      Seed.article("According to Yonhap news agency, the launch failed shortly after take-off.")
    ).statements
    #expect(found.map(\.party) == ["yonhap"])
  }
}
