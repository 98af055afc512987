import BriefingModels
import Testing

@testable import BriefingExtraction

/// Who an event's parties are (issue 15.3): the actors of the happening's own clause, not who
/// reports it, locates it or is named in a clause about something else; the article's two sides
/// are the parties named together.
@Suite("Event parties")
struct EventPartiesTests {
  static func events(_ text: String) throws -> [Event] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).events
  }

  @Test("a party named in a clause after the date's one is not a party of the event")
  func laterClause() throws {
    let events = try Self.events(
      "Kenya deployed 400 police officers on Tuesday, a year after Haiti asked for help.")
    let deployment = try #require(events.first)
    #expect(deployment.parties == ["kenya"])
  }

  @Test("who reports a two-sided happening is not made one of its sides")
  func reporterIsNoSide() throws {
    let events = try Self.events(
      """
      Ethiopia agreed on Wednesday to a permanent ceasefire, the African Union said. \
      The African Union praised the deal. Ethiopia thanked the African Union.
      """)
    let agreement = try #require(events.first { $0.sentence == 0 })
    #expect(agreement.kind == .agreement)
    #expect(agreement.parties == ["ethiopia"])
  }

  @Test("a sentence the date carries to chooses its parties as a dated one does")
  func carriedSentence() throws {
    let events = try Self.events(
      "Russia and Ukraine exchanged 300 prisoners on Saturday. The swap took place in Poland.")
    let swap = try #require(events.first { $0.sentence == 1 })
    #expect(swap.places == ["Poland"])
    #expect(Set(swap.parties) == ["russia", "ukraine"])
  }

  @Test(
    "both states of “the border between X and Y” are places; the one that is no side is no party")
  func borderBetween() throws {
    let events = try Self.events(
      "Russia and Ukraine exchanged prisoners on the border between Ukraine and Belarus on Saturday."
    )
    let swap = try #require(events.first)
    #expect(Set(swap.places) == ["Ukraine", "Belarus"])
    #expect(Set(swap.parties) == ["russia", "ukraine"])
  }

  @Test("the article's sides are the parties named together, not the host named most")
  func sidesNamedTogether() throws {
    let events = try Self.events(
      """
      Turkey hosted talks between Russia and Ukraine in Istanbul on Monday. \
      Turkey said it was ready to host more rounds. Both Moscow and Kyiv sent delegations. \
      Turkey offered Ankara as a venue. The two sides agreed on Tuesday to exchange prisoners.
      """)
    let agreement = try #require(events.first { $0.sentence == 4 })
    #expect(Set(agreement.parties) == ["russia", "ukraine"])
  }
}
