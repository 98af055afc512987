import BriefingModels
import Testing

@testable import BriefingExtraction

/// Reporting words used where nobody's words are given: a thing named ("a group called …"), a
/// fused relative ("all he said."), a penalty conceded, interest expressed, an interviewee's
/// "you mentioned" with an object; and a court's ruling that needs no "that".
@Suite("Narrative cues")
struct NarrativeCueTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("“a screen print called “Cowboys””, “a group called Anonymous”: a name, no statement")
  func participleNamesAThing() throws {
    let found = try statements(
      "Rustem Umerov once owned a print called \"Cowboys and Indians\". He met members of a group called Anonymous."
    )
    #expect(found.isEmpty)
  }

  @Test("“called” after a speaker still labels: “Officials called the claims lies”")
  func calledStillLabels() throws {
    let found = try statements("Ukrainian officials called Moscow's claims lies.")
    #expect(found.map(\.party) == ["ukraine"])
  }

  @Test("“That was all he said.”: the words are not given, no statement")
  func fusedRelative() throws {
    let found = try statements(
      "Rustem Umerov said the talks would resume. That was all he said. It is what he wrote.")
    #expect(found.map(\.cue) == ["said"])
  }

  @Test("“conceded a penalty”, “expressed interest in”: acts, no statements")
  func concededAndInterest() throws {
    let found = try statements(
      "In the 62nd minute Marco Rossi conceded a penalty. Maria Lopez expressed interest in further donations. Marco Rossi conceded that the team had played badly."
    )
    #expect(found.map(\.cue) == ["conceded"])
    #expect(found.first?.text == "the team had played badly")
  }

  @Test("“A federal court rules the tax is unconstitutional”: a ruling needs no “that”")
  func courtRulesWithoutThat() throws {
    let found = try statements(
      "A federal court rules the new tax is unconstitutional. The case on which the court has ruled was about schools."
    )
    #expect(found.map(\.speakerText) == ["A federal court"])
    #expect(found.first?.text == "the new tax is unconstitutional")
  }

  @Test("an interviewee's “you mentioned” with an object reports nothing; “explain what” asks")
  func interviewVerbNeedsItsClause() throws {
    let found = try statements(
      """
      Wikinews interviews wikiHow founder Jack Herrick

      You mentioned Larry Lessig's book, but what else do you read?

      Mostly history.

      Can you explain what the site is?

      It is a wiki that anyone can edit.
      """)
    #expect(found.map(\.cue) == ["explain"])
    #expect(found.map(\.party) == ["jack-herrick"])
  }
}
