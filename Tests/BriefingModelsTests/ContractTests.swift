import Foundation
import Testing

@testable import BriefingModels

/// The JSON contract of `briefing extract`: keys that consumers rely on are always present.
@Suite struct ContractTests {
  @Test func absentValuesAreEncodedAsNull() throws {
    let briefing = Briefing(
      article: ArticleMeta(id: "a", path: "content/a.txt", title: "A"),
      parties: [Party(id: "russia", name: "Russia", kind: .state)],
      statements: [Statement(party: "russia", cue: "said", stance: .assert, text: "x", sentence: 0)]
    )
    let json = try #require(String(data: JSONEncoder().encode(briefing), encoding: .utf8))
    #expect(json.contains(#""schemaVersion":1"#))
    #expect(json.contains(#""published":null"#))
    #expect(json.contains(#""parent":null"#))
    #expect(json.contains(#""speaker":null"#))
    #expect(json.contains(#""target":null"#))
  }

  @Test func briefingsRoundTrip() throws {
    let briefing = Briefing(
      article: ArticleMeta(id: "a", path: "p", title: "T", published: "2025-06-02"),
      sentences: ["S."],
      events: [
        Event(
          id: "a-e0", date: EventDate(value: "2025-06-02", precision: .day, text: "June 2"),
          text: "S.", sentence: 0, parties: ["russia"], places: ["Istanbul"], kind: .meeting)
      ],
      timex: [Timex(start: 0, end: 6, text: "June 2", type: .date, value: "2025-06-02")]
    )
    let back = try JSONDecoder().decode(Briefing.self, from: JSONEncoder().encode(briefing))
    #expect(back == briefing)
  }
}
