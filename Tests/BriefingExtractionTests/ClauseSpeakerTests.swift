import BriefingModels
import Testing

@testable import BriefingExtraction

/// Speakers of a second clause, of a pronoun within its sentence and of a passive past "as", in
/// sentences written for these tests (issue 15: statements of news outside the tuned domain).
@Suite("Clause speakers")
struct ClauseSpeakerTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("“…, and France, which hosted the first round, urged …”: past a relative clause")
  func clauseSubjectPastRelativeClause() throws {
    let found = try statements(
      "Germany welcomed the ceasefire, and France, which had hosted the first round, urged both sides to respect it."
    )
    #expect(found.map(\.party) == ["germany", "france"])
    #expect(found.last?.stance == .demand)
  }

  @Test("“X said … and Y replied …”: a second clause after “and” with no comma")
  func clauseSubjectAfterBareAnd() throws {
    let found = try statements(
      "Israel said the crossing would open on Monday and Egypt replied that no date had been agreed."
    )
    #expect(found.map(\.party) == ["israel", "egypt"])
    #expect(found.first?.text == "the crossing would open on Monday")
    // The reply denies the claim before it: aimed at its speaker.
    #expect(found.last?.stance == .deny)
    #expect(found.last?.target == "israel")
  }

  @Test("“…, and President Emmanuel Macron has said …”: past a capitalised title")
  func clauseSubjectPastTitle() throws {
    let found = try statements(
      "France has repeatedly said that only talks can end the war, and President Emmanuel Macron has said he is ready to travel to Kyiv."
    )
    #expect(found.map(\.party) == ["france", "emmanuel-macron"])
  }

  @Test("“Russia said Ukraine and Turkey agreed”: a list inside the claim is no new clause")
  func listInsideClaimStaysContent() throws {
    let found = try statements("Russia said Ukraine and Turkey agreed to the plan.")
    #expect(found.map(\.party) == ["russia"])
  }

  @Test("“X ruled …, because she said …”: the sentence's subject, not the last one named")
  func pronounTakesTheSentenceSubject() throws {
    let found = try statements(
      "Prosecutor Jordan Blake said the court should impose a life term. Marcia Cooke ruled against it, because she said there was no evidence that anyone was harmed. She also said she had weighed the years already served."
    )
    #expect(found.map(\.party) == ["jordan-blake", "marcia-cooke", "marcia-cooke"])
  }

  @Test("“was hailed as fair by officials in France and the EU”: the agent past “as”")
  func passiveAgentPastAs() throws {
    let found = try statements(
      "The vote was hailed as fair by officials in France and the European Union.")
    #expect(Set(found.map(\.party)) == ["france", "european-union"])
    #expect(found.allSatisfy { $0.stance == .assert })
  }

  @Test("“according to research done by the software maker X”: the company speaks")
  func accordingToResearchByDescribedCompany() throws {
    let found = try statements(
      "According to research done by the software maker Microsoft, most attacks begin with a phishing e-mail."
    )
    #expect(found.map(\.party) == ["microsoft"])
  }

  @Test("“According to the ministry, …”: the body named before with that word")
  func accordingToDescribedBody() throws {
    let found = try statements(
      "The Russian Ministry of Defence reported new strikes on Tuesday. According to the ministry, two villages were hit."
    )
    #expect(found.map(\.party) == ["russian-ministry-of-defence", "russian-ministry-of-defence"])
  }

  @Test("“According to the president, …”: the person named before with that role")
  func accordingToDescribedPerson() throws {
    let found = try statements(
      "President Joe Biden visited Kyiv on Monday. According to the president, the aid will arrive within weeks."
    )
    #expect(found.last?.party == "joe-biden")
  }

  @Test("“Officials in Berlin note that …”: the present “note” reports; “note-taker” does not")
  func presentNoteAndCompound() throws {
    let found = try statements(
      "Officials in Berlin note that the plan has stalled. Germany has settled into the role of host and note-taker."
    )
    #expect(found.map(\.party) == ["germany"])
    #expect(found.first?.sentence == 0)
  }
}
