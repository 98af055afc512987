import BriefingModels
import Testing

@testable import BriefingExtraction

/// A party named in the speaker's description that is not the speaker ("Ukraine's allies",
/// "critics of the government", "the Hamas-run ministry"), and an interviewee's "I think" that
/// closes the sentence after what was said; sentences written for these tests.
@Suite("Parties that do not speak, and a closing “I think”")
struct OtherPartySpeakerTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("“Ukraine's allies urged …”: the allies speak, not Ukraine")
  func possessorsAllies() throws {
    let found = try statements(
      "Ukraine's allies in Europe have urged Moscow to accept a ceasefire. Russia's critics said the vote was rigged."
    )
    #expect(found.map(\.party) == ["", ""])
    #expect(found.map(\.speakerText) == ["Ukraine's allies in Europe", "Russia's critics"])
    #expect(found.map(\.cue) == ["urged", "said"])
  }

  @Test("“Ukraine's president said”: a party's own official still speaks for it")
  func possessorsOwnOfficial() throws {
    let found = try statements("Ukraine's president said the talks would resume.")
    #expect(found.map(\.party) == ["ukraine"])
  }

  @Test("“critics of Russia said”: the critics speak, not Russia")
  func criticsOf() throws {
    let found = try statements("Critics of Russia said the referendum was a sham.")
    #expect(found.map(\.party) == [""])
    #expect(found.map(\.speakerText) == ["Critics of Russia"])
  }

  @Test("“officials of Russia said”: officials still speak for their state")
  func officialsOf() throws {
    let found = try statements("Officials of Russia said the referendum was fair.")
    #expect(found.map(\.party) == ["russia"])
  }

  @Test("“the Hamas-run health ministry says”: the ministry speaks, not Hamas")
  func hyphenRun() throws {
    let found = try statements(
      "The Hamas-run health ministry in Gaza says more than 100 people were killed.")
    #expect(found.map(\.party) == [""])
    #expect(found.map(\.speakerText) == ["The Hamas-run health ministry in Gaza"])
    let plain = try statements("Hamas says more than 100 people were killed.")
    #expect(plain.map(\.party) == ["hamas"])
  }

  @Test("an interviewee's “…, I think.” closing the sentence reports the clause before it")
  func closingOpinion() throws {
    let found = try statements(
      """
      Wikinews interviews wikiHow founder Jack Herrick

      How did the site begin?

      It was in my third year of college, I think.

      Did it grow fast?

      The site grew slowly at first I believe.
      """)
    #expect(found.map(\.party) == ["jack-herrick", "jack-herrick"])
    #expect(found.map(\.cue) == ["think", "believe"])
    #expect(found.first?.text == "It was in my third year of college")
  }

  @Test("“that's what I think.”, “bigger than I thought.”, “I don't think.” report nothing")
  func closingOpinionNegative() throws {
    let found = try statements(
      """
      Wikinews interviews wikiHow founder Jack Herrick

      How did the site begin?

      That is exactly what I think. The site was bigger than I thought.

      Did it grow fast?

      It grew, but not fast, I don't think. No, I think.
      """)
    #expect(found.isEmpty)
  }

  @Test("“… with X, who had told …”: the relative clause's cue is X's, past a preposition")
  func relativeWho() throws {
    let found = try statements(
      "Zelensky traveled to Istanbul to meet with Rustem Umerov, who had told reporters the exchange would go ahead."
    )
    #expect(found.map(\.party) == ["rustem-umerov"])
    #expect(found.first?.text == "the exchange would go ahead")
  }

  @Test("a preposition's object with no “who” still does not speak")
  func prepositionObjectNoRelative() throws {
    let found = try statements(
      "After talks with Rustem Umerov, local officials said the exchange would go ahead.")
    #expect(!found.contains { $0.party == "rustem-umerov" })
  }
}
