import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// The JSON contract is written by its own writer (`BriefingContract.bytes`), for speed; its
/// bytes must be those of its `Encodable` conformance: through `JSONEncoder` with
/// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes` for `briefing extract`, and
/// through ``SafeJSON`` for each `briefing.json` of the site.
@Suite("The contract's own writer: the bytes of its Encodable conformance")
struct ContractBytesTests {
  static func reference(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  /// A briefing with every optional field of the contract present: an event id that does not
  /// start with the article's, an event text that is not its sentence, a date no timex implies,
  /// a statement whose text is not in its sentence, a speaker no party stands for, stances and
  /// timex types other than the defaults, a mention that is not the party's name, a summary line
  /// that is no sentence; and every character that escapes.
  static let everyField: Briefing = {
    let controls = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
    let odd = controls + "\"\\/<>&\u{2028}\u{2029}\u{7F}é😀</script>"
    let date = EventDate(value: "2025-06-02", precision: .day, text: "Monday")
    return Briefing(
      article: ArticleMeta(
        id: "every-field", path: "content/every field.md", title: "Every field \(odd)",
        published: "2025-06-03", source: "Wire", url: "https://example.org/a?b=1&c=2",
        author: "A. Reporter", tags: ["one", odd]),
      sentences: ["Talks opened on Monday.", "Peskov said it went \"well\" \(odd).", ""],
      summary: ["Talks opened on Monday.", "A line of its own \(odd)"],
      parties: [
        Party(
          id: "dmitry-peskov", name: "Dmitry Peskov", kind: .person, parent: "russia",
          aliases: ["Peskov"], role: "spokesman", description: odd,
          mentions: [
            Mention(sentence: 1, text: "Peskov"), Mention(sentence: 1, text: "Dmitry Peskov"),
          ]),
        Party(id: "russia", name: "Russia", kind: .state),
      ],
      events: [
        Event(
          id: "every-field-2025-06-02-s0", date: date, text: "Talks opened on Monday.",
          sentence: 0, parties: ["russia"], places: ["Istanbul"], kind: .meeting),
        Event(id: "elsewhere-1", date: date, text: "Not the sentence \(odd)", sentence: 1),
        Event(
          id: "every-field-local",
          date: EventDate(value: "2025-W23", precision: .week, text: odd), text: "", sentence: 2,
          kind: .statement),
      ],
      statements: [
        Statement(
          party: "dmitry-peskov", speaker: "dmitry-peskov", cue: "said", stance: .assert,
          text: "it went \"well\"", target: "russia", sentence: 1),
        Statement(
          party: "", cue: "claimed", stance: .deny, text: "not in the sentence", sentence: 0,
          speakerText: "observers \(odd)"),
      ],
      timex: [
        Timex(start: 16, end: 22, text: "Monday", type: .date, value: "2025-06-02"),
        Timex(start: 0, end: 4, text: odd, type: .duration, value: "P2D", mod: "APPROX"),
      ])
  }()

  static let empty = Briefing(
    article: ArticleMeta(id: "empty", path: "", title: "Empty", published: nil, tags: []))

  static var briefings: [Briefing] { Fixtures.corpus().briefings + [everyField, empty] }

  @Test("pretty, unescaped: briefing extract's bytes, for one briefing and for several")
  func pretty() throws {
    let contracts = Self.briefings.map(BriefingContract.init)
    for contract in contracts {
      #expect(
        Self.text(contract.bytes(pretty: true, safe: false)) == (try Self.reference(contract)))
    }
    #expect(
      Self.text(BriefingContract.bytes(contracts, pretty: true, safe: false))
        == (try Self.reference(contracts)))
    #expect(Self.text(BriefingContract.bytes([], pretty: true, safe: false)) == "[\n\n]")
  }

  @Test("compact, escaped: each briefing.json's bytes, as SafeJSON writes them")
  func site() {
    for contract in Self.briefings.map(BriefingContract.init) {
      let bytes = contract.bytes(pretty: false, safe: true) + [UInt8(ascii: "\n")]
      #expect(Self.text(bytes) == Self.text(SafeJSON.encode(contract)))
      #expect(!Self.text(bytes).contains("<"))
    }
  }

  @Test("what is written reads back as the same briefing")
  func roundTrip() throws {
    for briefing in Self.briefings {
      let bytes = BriefingContract(briefing).bytes(pretty: false, safe: true)
      let read = try JSONDecoder().decode(BriefingContract.self, from: Data(bytes))
      #expect(read.briefing.article == briefing.article)
      #expect(read.briefing.events == briefing.events)
      #expect(read.briefing.statements == briefing.statements)
    }
  }

  @Test("the published form, every optional field present, names back into the briefing")
  func publishedRoundTrip() throws {
    for briefing in Self.briefings {
      let bytes = BriefingContract(briefing).publishedBytes()
      #expect(!Self.text(bytes).contains("<"))
      let published = try #require(
        try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
      var object = try SitePagesTests.named(published)
      object["schemaVersion"] = BriefingContract.schemaVersion
      object["sentences"] = briefing.sentences
      let full = try JSONSerialization.data(withJSONObject: object)
      let read = try JSONDecoder().decode(BriefingContract.self, from: full).briefing
      #expect(read == briefing)
    }
  }
}
