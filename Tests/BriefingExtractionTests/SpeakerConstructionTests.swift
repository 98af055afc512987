import BriefingModels
import Testing

@testable import BriefingExtraction

/// Constructions whose speaker stands away from the usual "X said": a document with a
/// participle, people after "with", a passive's agent, a source line with details after the
/// name, and "he"/"she" told apart by given names.
@Suite("Speaker constructions")
struct SpeakerConstructionTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("“A leaked memo seen by reporters says …”: the document speaks through its participle")
  func documentWithParticiple() throws {
    let found = try statements(
      "A leaked internal memo seen by reporters says the plant will close in March. A survey commissioned by the city council found that most drivers want more buses."
    )
    #expect(found.map(\.speakerText) == ["A leaked internal memo", "A survey"])
    #expect(found.map(\.cue) == ["says", "found"])
    #expect(found.first?.text == "the plant will close in March")
  }

  @Test("“…, with one analyst saying …”: the people after “with” speak, also after another cue")
  func peopleAfterWith() throws {
    let found = try statements(
      "Shares of the carmaker fell sharply on Monday, with some analysts saying the recall would cost billions. Microsoft announced a new tablet, with several critics writing that it was too heavy."
    )
    #expect(found.map(\.speakerText) == ["some analysts", nil, "several critics"])
    #expect(found.map(\.cue) == ["saying", "announced", "writing"])
    #expect(found.first?.text.hasPrefix("the recall would cost billions") == true)
    #expect(found[1].text == "a new tablet")
  }

  @Test("“…, with Ukraine saying …”: a party after “with” speaks after another cue")
  func partyAfterWith() throws {
    let found = try statements(
      "Russia announced a pause in the strikes, with Ukraine saying the shelling had not stopped."
    )
    #expect(found.map(\.party) == ["russia", "ukraine"])
    #expect(found.last?.text.hasPrefix("the shelling had not stopped") == true)
    #expect(found.first?.text == "a pause in the strikes")
  }

  @Test("“He gave no figure, saying only that …”: the pronoun opening the sentence speaks")
  func participleAfterComma() throws {
    let found = try statements(
      "Rustem Umerov met the mediators on Monday. He gave no figure, saying only that the talks were difficult."
    )
    #expect(found.map(\.party) == ["rustem-umerov"])
    #expect(found.first?.text == "the talks were difficult")
  }

  @Test("a participle after a noun that is no speaker still reports nothing")
  func participleWithoutPeople() throws {
    let found = try statements(
      "The council passed a resolution demanding a recount. He is writing a book about the war."
    )
    #expect(found.isEmpty)
  }

  @Test("“it is asserted by the prosecution that …”: the agent of a passive cue speaks")
  func passiveAgent() throws {
    let found = try statements(
      "It was announced by Microsoft that the service would end in June. It is claimed by prosecutors that the money was moved abroad."
    )
    #expect(found.map(\.party) == ["microsoft", ""])
    #expect(found.map(\.speakerText) == [nil, "prosecutors"])
    #expect(found.first?.text == "the service would end in June")
  }

  @Test("“asked questions”: asking reports nothing until it asks for something")
  func askedQuestions() throws {
    let found = try statements(
      "Several analysts asked questions about the deal. Microsoft asked the regulators to approve the deal."
    )
    #expect(found.map(\.cue) == ["asked"])
    #expect(found.first?.party == "microsoft")
  }

  @Test("a passive with no agent right after it still has no speaker, nor its subject")
  func passiveWithoutAgent() throws {
    let found = try statements(
      "The results were announced on Friday. The careful statement on the border was criticised by the end of the week by Belgium."
    )
    #expect(found.isEmpty)
  }

  @Test("“— The Daily Courier, March 3, 2024”: a source line with a date or role signs the story")
  func signedWithDetails() throws {
    let found = try statements(
      "Flooding closed the bridge for a week.\n\n— The Daily Courier, March 3, 2024\n\n\"We will rebuild.\" — Jane Doe, Mayor of Springfield"
    )
    #expect(found.map { $0.speakerText ?? $0.party } == ["The Daily Courier", "jane-doe"])
    #expect(found.first?.text == "Flooding closed the bridge for a week.")
  }

  @Test("a dash inside a sentence before a clause signs nothing")
  func dashInClause() throws {
    let found = try statements("The vote was close — Ohio, Iowa and Texas went late.")
    #expect(found.isEmpty)
  }

  @Test("“she” finds the last woman named, not a man whose given name the lists know")
  func genderFromGivenNames() throws {
    let found = try statements(
      "Rebecca Lindqvist chairs the committee. Walt Brennan, her deputy, joined in May. She said the budget would be cut."
    )
    #expect(found.map(\.party) == ["rebecca-lindqvist"])
  }

  @Test("“she” with only a man named before stands for no one: no statement, not his")
  func sheWithNoWoman() throws {
    let found = try statements(
      "Walt Brennan chairs the committee. She said the budget would be cut. He said it would not."
    )
    #expect(found.map(\.party) == ["walt-brennan"])
    #expect(found.map(\.cue) == ["said"])
    #expect(found.first?.text == "it would not")
  }
}
