import BriefingModels
import Testing

@testable import BriefingEvaluation

/// An extracted party counts as the gold party it is, whatever spelling of its id each side chose,
/// as long as its id came from the text and not from the gazetteer.
@Suite("Gold party alignment")
struct GoldPartyAlignmentTests {
  static let gold = """
    article: content/a.txt
    date: 2004-11-17
    parties:
      - id: kmart-corp
        names: [Kmart Corp., Kmart]
      - id: american-red-cross
        names: [American Red Cross, Red Cross]
      - id: sears-holdings
        names: [Sears Holdings]
    events:
      - date: 2004-11-17
        kind: agreement
        parties: [kmart-corp]
        quote: "Kmart announced on Wednesday"
    statements:
      - party: kmart-corp
        stance: commit
        cue: announced
        quote: "Kmart announced on Wednesday"
    """

  static func party(_ id: String, _ mentions: String...) -> Party {
    Party(
      id: id, name: mentions[0], kind: .organization,
      mentions: mentions.map { Mention(sentence: 0, text: $0) })
  }

  static let briefing = Briefing(
    article: ArticleMeta(id: "a", path: "content/a.txt", title: "A"),
    sentences: ["Kmart announced on Wednesday it will buy Sears, the Red Cross said."],
    parties: [
      party("kmart", "Kmart", "Kmart Corp"),
      party("international-committee-of-the-red-cross", "Red Cross"),
      party("sears-holdings", "Sears Holdings"),
    ],
    events: [
      Event(
        id: "e1", date: EventDate(value: "2004-11-17", precision: .day, text: "Wednesday"),
        text: "", sentence: 0, parties: ["kmart"], places: [], kind: .agreement)
    ],
    statements: [
      Statement(party: "kmart", cue: "announced", stance: .commit, text: "", sentence: 0)
    ])

  @Test("a party whose id is the slug of its own mention takes the gold id of a shared name")
  func sharedName() throws {
    let gold = try GoldSet.parse(Self.gold, path: "a.gold.yml")
    let alignment = GoldPartyAlignment(extracted: Self.briefing.parties, gold: gold.parties)
    #expect(alignment.goldID("kmart") == "kmart-corp")
    #expect(alignment.renamed.count == 1)
  }

  @Test(
    "a gazetteer's id, the slug of none of its mentions, keeps its own: a wrong entity stays wrong")
  func gazetteerKeepsItsID() throws {
    let gold = try GoldSet.parse(Self.gold, path: "a.gold.yml")
    let alignment = GoldPartyAlignment(extracted: Self.briefing.parties, gold: gold.parties)
    #expect(
      alignment.goldID("international-committee-of-the-red-cross")
        == "international-committee-of-the-red-cross")
  }

  @Test("the scorer reads parties, event parties and statements' parties through the alignment")
  func scored() throws {
    let s = GoldScorer().score(
      Self.briefing, against: try GoldSet.parse(Self.gold, path: "a.gold.yml"))
    #expect(s.parties.matchedGold == 2)  // kmart-corp by name, sears-holdings by id
    #expect(s.mistakes.contains { $0.kind == .missingParty && $0.detail == "american-red-cross" })
    #expect(s.eventPartyIDs.matchedGold == 1)
    #expect(s.statements.matchedGold == 1)
    #expect(s.renamedParties == ["content/a.txt: kmart → kmart-corp"])
  }

  @Test("one gold party takes at most one extracted party")
  func oneToOne() throws {
    let gold = try GoldSet.parse(Self.gold, path: "a.gold.yml")
    let twice = [
      Self.party("kmart", "Kmart"), Self.party("kmart-corp-inc", "Kmart Corp. Inc", "Kmart"),
    ]
    let alignment = GoldPartyAlignment(extracted: twice, gold: gold.parties)
    #expect(alignment.renamed == ["kmart": "kmart-corp"])
  }
}
