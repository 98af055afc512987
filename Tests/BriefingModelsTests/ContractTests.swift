import Foundation
import Testing

@testable import BriefingModels

/// The JSON contract of `briefing extract` (schemaVersion 3): nothing written twice, nothing
/// lost, and versions 1 and 2 still read.
@Suite struct ContractTests {
  /// A briefing whose event and statement repeat their sentence, as extraction makes them.
  static let briefing = Briefing(
    article: ArticleMeta(id: "a", path: "content/a.md", title: "T", published: "2025-06-02"),
    sentences: ["Talks began in Istanbul on June 2.", "“We are ready,” Russia said."],
    summary: ["Talks began in Istanbul on June 2.", "Russia said it was ready."],
    parties: [
      Party(
        id: "russia", name: "Russia", kind: .state, aliases: ["Moscow"],
        mentions: [Mention(sentence: 1, text: "Russia")])
    ],
    events: [
      Event(
        id: "a-2025-06-02", date: EventDate(value: "2025-06-02", precision: .day, text: "June 2"),
        text: "Talks began in Istanbul on June 2.", sentence: 0, places: ["Istanbul"],
        kind: .meeting),
      Event(
        id: "a-2025-06-02-s1",
        date: EventDate(value: "2025-06-02", precision: .day, text: "June 2"),
        text: "Russia spoke.", sentence: 1, parties: ["russia"], kind: .statement),
      Event(
        id: "elsewhere", date: EventDate(value: "2025", precision: .year, text: "this year"),
        text: "Talks began in Istanbul on June 2.", sentence: 0),
    ],
    statements: [
      Statement(party: "russia", cue: "said", stance: .assert, text: "We are ready", sentence: 1),
      Statement(
        party: "russia", cue: "said", stance: .assert, text: "not in the sentence", sentence: 1),
    ],
    timex: [Timex(start: 27, end: 33, text: "June 2", type: .date, value: "2025-06-02")]
  )

  static func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try #require(String(data: encoder.encode(value), encoding: .utf8))
  }

  @Test func roundTripsWhatItLeavesOut() throws {
    let data = try JSONEncoder().encode(BriefingContract(Self.briefing))
    let back = try JSONDecoder().decode(BriefingContract.self, from: data)
    #expect(back.briefing == Self.briefing)
  }

  @Test func writesNoSentenceTwice() throws {
    let json = try Self.json(BriefingContract(Self.briefing))
    #expect(json.contains(#""schemaVersion":4"#))
    // The sentence appears once, in `sentences`: the event and the summary point at it.
    #expect(json.components(separatedBy: "Talks began in Istanbul").count == 2)
    #expect(json.contains(#""summary":[0,"Russia said it was ready."]"#))
    // Local event ids, none where it is the one extraction gives (`<date>-s<sentence>`).
    #expect(json.contains(#""id":"2025-06-02""#))
    #expect(!json.contains(#""id":"2025-06-02-s1""#))
    #expect(!json.contains(#""id":"a-"#))
    #expect(json.contains(#""fullId":"elsewhere""#))
    // A quote found in its sentence is a span; one that is not keeps its text.
    #expect(json.contains(#""span":[1,13]"#))
    #expect(json.contains(#""text":"not in the sentence""#))
    #expect(json.contains(#""mentions":[1]"#))
    #expect(json.contains(#""text":"Russia spoke.""#))
  }

  @Test func absentValuesAreLeftOut() throws {
    let briefing = Briefing(
      article: ArticleMeta(id: "a", path: "", title: "A"),
      parties: [Party(id: "russia", name: "Russia", kind: .state)],
      statements: [Statement(party: "russia", cue: "said", stance: .assert, text: "x", sentence: 0)]
    )
    let json = try Self.json(BriefingContract(briefing))
    #expect(!json.contains("null"))
    #expect(!json.contains("[]"))
    #expect(!json.contains(#""path""#))
    let back = try JSONDecoder().decode(BriefingContract.self, from: Data(json.utf8))
    #expect(back.briefing == briefing)
  }

  @Test func versionOneIsStillRead() throws {
    // Version 1 is Briefing's own Codable form: every key, `null` for absent values.
    let v1 = try Self.json(Self.briefing)
    #expect(v1.contains(#""schemaVersion":1"#))
    #expect(v1.contains(#""parent":null"#))
    let back = try JSONDecoder().decode(BriefingContract.self, from: Data(v1.utf8))
    #expect(back.briefing == Self.briefing)
  }

  @Test func aSpeakerNoPartyStandsForIsItsWords() throws {
    let briefing = Briefing(
      article: ArticleMeta(id: "a", path: "", title: "A"),
      sentences: ["The researchers found that ozone harms crops."],
      statements: [
        Statement(
          party: "", cue: "found", stance: .assert, text: "ozone harms crops", sentence: 0,
          speakerText: "The researchers")
      ])
    let json = try Self.json(BriefingContract(briefing))
    #expect(json.contains(#""speakerText":"The researchers""#))
    #expect(json.contains(#""party":"""#))
    let back = try JSONDecoder().decode(BriefingContract.self, from: Data(json.utf8))
    #expect(back.briefing == briefing)
    #expect(back.briefing.statements.first?.hasParty == false)
    // The field is optional: JSON written before it (both versions) still decodes, without it.
    let old = try Self.json(BriefingContract(Self.briefing))
    #expect(!old.contains("speakerText"))
    let v1 = try Self.json(Self.briefing)
    #expect(!v1.contains("speakerText"))
    let fromV1 = try JSONDecoder().decode(BriefingContract.self, from: Data(v1.utf8))
    #expect(fromV1.briefing.statements.allSatisfy { $0.speakerText == nil && $0.hasParty })
  }

  @Test func anUnknownVersionIsRefused() throws {
    let v4 = try Self.json(BriefingContract(Self.briefing)).replacingOccurrences(
      of: #""schemaVersion":4"#, with: #""schemaVersion":5"#)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(BriefingContract.self, from: Data(v4.utf8))
    }
  }

  @Test func anEventsDateIsTheTimexItWasReadFrom() throws {
    let json = try Self.json(BriefingContract(Self.briefing))
    // Both June 2 events point at the timex "June 2"; "this year" is no timex, so it is written.
    #expect(json.matches(of: /"date":0,/).count == 2)
    #expect(json.contains(#""date":{"precision":"year","text":"this year","value":"2025"}"#))
    // A time of day is left out of an event's date, and a week is a week.
    let timex = [
      Timex(start: 0, end: 5, text: "noon", type: .time, value: "2025-06-02T12:00"),
      Timex(start: 6, end: 15, text: "last week", type: .date, value: "2025-W22"),
    ]
    let implied = timex.compactMap(EventDateForm.implied(by:))
    #expect(
      implied == [
        EventDate(value: "2025-06-02", precision: .day, text: "noon"),
        EventDate(value: "2025-W22", precision: .week, text: "last week"),
      ])
    // An index that is no date of the list is refused, not guessed.
    let bad = json.replacingOccurrences(of: #""date":0,"#, with: #""date":7,"#)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(BriefingContract.self, from: Data(bad.utf8))
    }
  }

  @Test func versionTwoIsStillRead() throws {
    // Version 2 wrote every date out, and no `id` meant the date's value.
    let v2 = #"""
      {"schemaVersion":2,"article":{"id":"a","title":"T"},"sentences":["Talks began on June 2."],
       "events":[{"date":{"value":"2025-06-02","precision":"day","text":"June 2"},"sentence":0,
                  "kind":"meeting"},
                 {"id":"2025-06-02-s0","date":{"value":"2025-06-02","precision":"day",
                  "text":"June 2"},"sentence":0,"kind":"meeting"}]}
      """#
    let back = try JSONDecoder().decode(BriefingContract.self, from: Data(v2.utf8))
    #expect(back.briefing.events.map(\.id) == ["a-2025-06-02", "a-2025-06-02-s0"])
    #expect(back.briefing.events.allSatisfy { $0.text == "Talks began on June 2." })
    // Written again, the second id is the derived one and is left out; the first is kept.
    let again = try Self.json(BriefingContract(back.briefing))
    let reread = try JSONDecoder().decode(BriefingContract.self, from: Data(again.utf8))
    #expect(reread.briefing == back.briefing)
  }

  @Test func versionThreeIsStillReadAndVersionFourLeavesOutTheUsual() throws {
    // Version 3 wrote a mention's text, an `assert` stance and a `DATE` type every time.
    let v3 = #"""
      {"schemaVersion":3,"article":{"id":"a","title":"T"},
       "sentences":["Russia said talks began on June 2 in Moscow."],
       "parties":[{"id":"russia","name":"Russia","kind":"state",
                   "mentions":[[0,"Russia"],[0,"Moscow"]]}],
       "statements":[{"party":"russia","cue":"said","stance":"assert","span":[12,33],
                      "sentence":0},
                     {"party":"russia","cue":"said","stance":"deny","span":[12,33],"sentence":0}],
       "timex":[{"start":27,"end":33,"text":"June 2","type":"DATE","value":"2025-06-02"},
                {"start":0,"end":3,"text":"now","type":"TIME","value":"PRESENT_REF"}]}
      """#
    let back = try JSONDecoder().decode(BriefingContract.self, from: Data(v3.utf8)).briefing
    #expect(back.parties.first?.mentions.map(\.text) == ["Russia", "Moscow"])
    #expect(back.statements.map(\.stance) == [.assert, .deny])
    #expect(back.timex.map(\.type) == [.date, .time])
    let v4 = try Self.json(BriefingContract(back))
    #expect(v4.contains(#""mentions":[0,[0,"Moscow"]]"#))
    #expect(!v4.contains(#""stance":"assert""#) && v4.contains(#""stance":"deny""#))
    #expect(!v4.contains(#""type":"DATE""#) && v4.contains(#""type":"TIME""#))
    let reread = try JSONDecoder().decode(BriefingContract.self, from: Data(v4.utf8))
    #expect(reread.briefing == back)
  }
}
