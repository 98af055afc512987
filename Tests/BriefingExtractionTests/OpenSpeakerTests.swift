import BriefingModels
import Testing

@testable import BriefingExtraction

/// Speakers beyond the parties: a description no party stands for ("the researchers"), an
/// interview's "I" and "you", and "he"/"she" for a name that tells no gender.
@Suite("Speakers no party stands for, and interviews")
struct OpenSpeakerTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("a description speaks with its own words and no party: “the researchers found that …”")
  func descriptions() throws {
    let found = try statements(
      "The researchers found that ozone pollution caused most of the damage. Local officials said the road would reopen on Friday. The results show a rise in yields."
    )
    #expect(found.map(\.party) == ["", "", ""])
    #expect(found.map(\.speakerText) == ["The researchers", "Local officials", "The results"])
    #expect(found.map(\.cue) == ["found", "said", "show"])
    #expect(found[1].text == "the road would reopen on Friday")
  }

  @Test("a description's opinion or finding needs no “that”; an act found is no statement")
  func clauseWithoutThat() throws {
    let found = try statements(
      "A teacher thought it resembled a bomb. Police found the bodies near the river. The scientists found reduction of crop yields exceeded ten percent."
    )
    #expect(found.map(\.speakerText) == ["A teacher", "The scientists"])
    #expect(found.map(\.cue) == ["thought", "found"])
    #expect(found[0].text == "it resembled a bomb")
  }

  @Test("“they” after a group of people spoke are those people, not the last organisation")
  func theyForPeople() throws {
    let found = try statements(
      "The company Monsanto sells seeds. The scientists said ozone harms crops. They estimated that food needs would rise by half."
    )
    #expect(found.count == 2)
    #expect(found.last?.party == "")
    #expect(found.last?.speakerText == "The scientists")
  }

  @Test("a name given, a prediction “as predicted” and “in hopes” are no statements")
  func noStatements() throws {
    let found = try statements(
      "Dmitry Peskov called it a quiet week. As predicted, the talks stalled. Officials waited in hopes that a deal would come. Dmitry Peskov called the proposals an ultimatum."
    )
    #expect(found.map(\.cue) == ["called"])
    #expect(found.first?.stance == .accuse)
  }

  @Test("a subject with a modifier before its verb: “Voters who meet me … say”")
  func modifiedSubject() throws {
    let found = try statements(
      "Voters who meet me and hear me speak say that I am serious. Figures to be published today show a record number of crossings."
    )
    #expect(found.map(\.speakerText) == ["Voters", "Figures"])
    #expect(found.map(\.cue) == ["say", "show"])
  }

  @Test(
    "“Officials tell BBC News every claim will be assessed”: “tell” reports, “every claim” is a noun"
  )
  func tellAndEveryClaim() throws {
    let found = try statements(
      "Officials tell BBC News every claim will be assessed on its merits.")
    #expect(found.map(\.cue) == ["tell"])
    #expect(found.first?.speakerText == "Officials")
    #expect(found.first?.text == "every claim will be assessed on its merits")
  }

  @Test("a noun phrase or a clause of its own is no modifier of a speaker")
  func notAModifiedSubject() throws {
    let found = try statements(
      "The limited review of security guarantees. Analysts in Helsinki cautioned that security guarantees could take months."
    )
    #expect(!found.contains { $0.cue == "guarantees" })
  }

  @Test("“according to curator Elaine Gustafon”: the person past a role in lower case")
  func accordingToARole() throws {
    let found = try statements(
      "The museum saw 11,000 visitors in 2010, according to curator Elaine Gustafon.")
    #expect(found.map(\.party) == ["elaine-gustafon"])
    #expect(found.first?.text == "The museum saw 11,000 visitors in 2010")
  }

  @Test("a description after a comma is not the last of a list of parties")
  func descriptionAfterAPlace() throws {
    let found = try statements("Twenty medical workers were returned to Greece, witnesses said.")
    #expect(found.map(\.party) == [""])
    #expect(found.first?.speakerText == "witnesses")
  }

  @Test("a party inside a description speaks: “Ukrainian officials” is Ukraine")
  func partyInsideADescription() throws {
    let found = try statements(
      "An assessment from Ukrainian officials suggested the costs had fallen.")
    #expect(found.map(\.party) == ["ukraine"])
    #expect(found.first?.speakerText == nil)
  }

  @Test("“according to the event website”: the source no list knows is its words")
  func accordingToADescription() throws {
    let found = try statements(
      "The city expects about six million visitors this year, according to the event website.")
    #expect(found.count == 1)
    #expect(found.first?.party == "")
    #expect(found.first?.speakerText == "the event website")
  }

  @Test("a party still speaks as a party, with no speakerText")
  func partiesUnchanged() throws {
    let found = try statements("The Kremlin said on Sunday that the talks would go on.")
    #expect(found.map(\.party) == ["kremlin"])
    #expect(found.first?.speakerText == nil)
  }

  @Test(
    "an interview: “I think” in an answer and “do you think” in a question are the interviewee's")
  func interview() throws {
    let found = try statements(
      """
      Wikinews interviews wikiHow founder Jack Herrick

      Why did you start the site?

      I think that practical education is one of the most empowering gifts.

      Do you think the site will keep growing?

      I believe it will, because volunteers keep writing.
      """)
    #expect(found.map(\.party) == ["jack-herrick", "jack-herrick", "jack-herrick"])
    #expect(found.map(\.cue) == ["think", "think", "believe"])
    #expect(found[0].text.hasPrefix("practical education is one of"))
  }

  @Test("a long answer that ends on a question of its own is still an answer")
  func longAnswerEndingInAQuestion() throws {
    let found = try statements(
      """
      Wikinews interviews wikiHow founder Jack Herrick

      What do you make of the summit?

      It was a long day.

      Why are you against the alliance?

      I give many talks. I mean the obvious question is why the alliance exists. It was built for another age. The old threat is gone. So why should it exist?

      Do you think the protests will grow?

      It is hard to tell.
      """)
    #expect(found.map(\.party) == ["jack-herrick", "jack-herrick"])
    #expect(found.map(\.cue) == ["mean", "think"])
  }

  @Test("“I think X, but I think Y” in an answer: two claims, two statements")
  func twoClaimsOfAnInterviewee() throws {
    let found = try statements(
      """
      Wikinews interviews wikiHow founder Jack Herrick

      Why did you start the site?

      I think it has helped draw younger people in, but I think it has hurt the old forums.

      Do you think the site will keep growing?

      It will.
      """)
    #expect(found.map(\.party) == ["jack-herrick", "jack-herrick", "jack-herrick"])
    #expect(found.map(\.sentence) == [2, 2, 3])
    #expect(found[1].text.hasPrefix("it has hurt the old forums"))
  }

  @Test("questions and answers whose opening names no one as interviewed: the first person named")
  func intervieweeNamedFirst() throws {
    let found = try statements(
      """
      The future of the peace process

      "The future is only peace." Shimon Peres spoke in Jerusalem.

      Mr. President, do you still think there is a future to the peace process?

      I think peace will come, because the reasons for war are over.

      Do you think Darfur is different?

      I think Darfur is among the last battles between old and new.
      """)
    #expect(found.filter { $0.cue == "think" }.allSatisfy { $0.party == "shimon-peres" })
    #expect(found.filter { $0.cue == "think" }.count == 4)
  }

  @Test("“I think” inside a quotation is the quoted speaker's, a statement of its own")
  func quotedOpinion() throws {
    let found = try statements(
      "Dmitry Peskov said, \"I think the talks will go on next week.\" \"Had it started earlier, I think we would have an agreement.\""
    )
    #expect(found.map(\.party) == ["dmitry-peskov", "dmitry-peskov", "dmitry-peskov"])
    #expect(found.map(\.cue) == ["said", "think", "think"])
    #expect(found[1].text.hasPrefix("the talks will go on next week"))
    #expect(found[2].sentence == 1)
  }

  @Test("“said he believes …”: the opinion inside what a person said is theirs too")
  func nestedOpinion() throws {
    let found = try statements(
      "Dmitry Peskov said he believes the talks will go on next week. Dmitry Peskov said the team would travel."
    )
    #expect(found.map(\.cue) == ["said", "believes", "said"])
    #expect(found[1].party == "dmitry-peskov")
    #expect(found[1].text == "the talks will go on next week")
  }

  @Test("“I think” outside an interview has no speaker")
  func firstPersonElsewhere() throws {
    let found = try statements("I think the talks will fail. We know the lists are ready.")
    #expect(found.isEmpty)
  }

  @Test("“she” finds the last speaker whose name tells no gender, not the last man named")
  func sheForAnUnknownName() throws {
    let found = try statements(
      "Kristen Wilkins, the curator, said the photographs were rare. Andy Warhol took them in 1970. She explained that the camera was new at the time."
    )
    #expect(found.map(\.party) == ["kristen-wilkins", "kristen-wilkins"])
    #expect(found.last?.cue == "explained")
  }
}
