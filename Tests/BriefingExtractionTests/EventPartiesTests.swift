import BriefingModels
import Testing

@testable import BriefingExtraction

/// Who an event's parties are (issue 15.3): the parties its own sentence gives, not the
/// article's two sides standing in for a happening that has none.
@Suite("Event parties")
struct EventPartiesTests {
  static func events(_ text: String) throws -> [Event] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).events
  }

  /// Three sentences that make Russia and Ukraine the article's two sides, then `text`.
  static func afterSides(_ text: String) throws -> Event {
    let events = try Self.events(
      """
      Russia and Ukraine exchanged 300 prisoners on Saturday. \
      Russia accused Ukraine of delaying the talks. Ukraine rejected the claim from Russia. \
      \(text)
      """)
    return try #require(events.first { $0.sentence == 3 })
  }

  @Test("a happening of no known kind whose sentence names no party gets none")
  func noKindNoSides() throws {
    let e = try Self.afterSides("The report was issued on Monday after months of work.")
    #expect(e.kind == .other)
    #expect(e.parties.isEmpty)
  }

  @Test("nor does an election that names no candidate")
  func electionNoSides() throws {
    let e = try Self.afterSides("The run-off election was held on November 21.")
    #expect(e.kind == .election)
    #expect(e.parties.isEmpty)
  }

  @Test("an agreement whose sentence names no party is the article's two sides'")
  func agreementTakesSides() throws {
    let e = try Self.afterSides("The agreement reached on June 2 covers all wounded prisoners.")
    #expect(e.kind == .agreement)
    #expect(Set(e.parties) == ["russia", "ukraine"])
  }

  @Test("a sentence opened by “He” is about the person named last")
  func pronounSubject() throws {
    let events = try Self.events(
      """
      Judge Marcia Cooke sentenced Jose Padilla on Tuesday. Padilla spoke little. \
      He was transferred to civilian custody in 2006.
      """)
    let transfer = try #require(events.first { $0.sentence == 2 })
    #expect(transfer.date.value == "2006")
    #expect(transfer.parties == ["jose-padilla"])
  }

  @Test("a dated statement no named party makes takes the parties of what it reports")
  func unnamedSpeaker() throws {
    let events = try Self.events(
      "Court officials say the arrest order was delivered to Augusto Pinochet's home on Wednesday."
    )
    let delivery = try #require(events.first)
    #expect(delivery.parties == ["augusto-pinochet"])
  }

  @Test("a sentence “handed down” is no exchange")
  func handedDown() throws {
    let events = try Self.events(
      "Judge Marcia Cooke handed down the prison term against Jose Padilla on Tuesday.")
    let verdict = try #require(events.first)
    #expect(verdict.kind != .exchange)
  }

  @Test("a party named in a clause after the date's one is not a party of the event")
  func laterClause() throws {
    let events = try Self.events(
      "Kenya deployed 400 police officers on Tuesday, a year after Haiti asked for help.")
    let deployment = try #require(events.first)
    #expect(deployment.parties == ["kenya"])
  }

  @Test("a sentence the date carries to chooses its parties as a dated one does")
  func carriedSentence() throws {
    let events = try Self.events(
      "Russia and Ukraine exchanged 300 prisoners on Saturday. The swap took place in Poland.")
    let swap = try #require(events.first { $0.sentence == 1 })
    #expect(swap.places == ["Poland"])
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

  @Test("a date's clause that names no party gives the event none, whatever the next clause names")
  func clauseWithoutParty() throws {
    let events = try Self.events(
      "Unlike the results of November 21, which drew protests, the re-run won the approval of the European Union."
    )
    let results = try #require(events.first)
    #expect(results.parties.isEmpty)
  }

  @Test("a phrase that opens the sentence with its date dates the clause after it")
  func openingTimePhrase() throws {
    let events = try Self.events(
      "In a ceremony on Monday, Russia and Ukraine exchanged 300 prisoners, a year after Belarus hosted talks."
    )
    let swap = try #require(events.first)
    #expect(Set(swap.parties) == ["russia", "ukraine"])
  }
}
