import BriefingModels
import Foundation
import Testing

@testable import BriefingGenerator

/// The extraction cache's hand-written form of a briefing reads back as the very briefing
/// written, and covers every field of every model type a briefing holds.
@Suite("A briefing's bytes in the extraction cache")
struct BriefingCodingTests {
  /// A briefing with every field set, optionals both present and absent, non-ASCII text and a
  /// negative number.
  static let full = Briefing(
    article: ArticleMeta(
      id: "kyiv-talks", path: "content/kyiv talks.md", title: "Переговоры « Kyiv » 🕊️",
      published: "2025-06-02", source: "Kyiv Ledger", url: nil, author: "A. N. Other",
      tags: ["talks", "déjà vu"]),
    sentences: ["First sentence.", "Second\nline, ıstanbul."], summary: ["First sentence."],
    parties: [
      Party(
        id: "ukraine", name: "Ukraine", kind: .state, parent: nil, aliases: ["Kyiv"],
        role: "state", description: nil, mentions: [Mention(sentence: 1, text: "Kyiv")]),
      Party(
        id: "umerov", name: "Rustem Umerov", kind: .person, parent: "ukraine", aliases: [],
        role: nil, description: "Minister.", mentions: []),
    ],
    events: [
      Event(
        id: "e1", date: EventDate(value: "2025-W23", precision: .week, text: "that week"),
        text: "Talks were held.", sentence: -1, parties: ["ukraine"], places: ["kyiv"],
        kind: .negotiation)
    ],
    statements: [
      Statement(
        party: "", speaker: nil, cue: "said", stance: .deny, text: "No.", target: "russia",
        sentence: 0, speakerText: "officials"),
      Statement(
        party: "ukraine", speaker: "umerov", cue: "according to", stance: .other, text: "Yes.",
        target: nil, sentence: 1, speakerText: nil),
    ],
    timex: [
      Timex(start: 3, end: 12, text: "that week", type: .date, value: "2025-W23", mod: "APPROX"),
      Timex(start: 0, end: 4, text: "P3D", type: .duration, value: "P3D"),
    ])

  @Test("a briefing reads back equal; cut, padded or damaged bytes read as nothing")
  func roundTrip() throws {
    var versioned = Self.full
    versioned.schemaVersion = 7
    for b in [Self.full, versioned, Briefing(article: ArticleMeta(id: "a", path: "", title: ""))] {
      let bytes = BriefingCoding.encode(b)
      #expect(BriefingCoding.decode(Data(bytes)) == b)
      #expect(BriefingCoding.decode(Data(bytes.dropLast())) == nil)
      #expect(BriefingCoding.decode(Data(bytes + [0])) == nil)
    }
    var bytes = BriefingCoding.encode(Self.full)
    bytes[bytes.count / 2] = 0xFF
    #expect(BriefingCoding.decode(Data(bytes)) == nil)  // the checksum catches it
  }

  @Test("sentences, summary and timex are read on first use; setting one changes that copy only")
  func textOnFirstUse() throws {
    let decoded = try #require(BriefingCoding.decode(Data(BriefingCoding.encode(Self.full))))
    var copy = decoded
    copy.sentences.append("Third.")
    #expect(decoded.sentences == Self.full.sentences)
    #expect(decoded.summary == Self.full.summary)
    #expect(decoded.timex == Self.full.timex)
    #expect(copy.sentences == Self.full.sentences + ["Third."])
    #expect(copy.timex == Self.full.timex)
    #expect(copy != decoded)
  }

  /// The stored properties of a value, by name.
  static func fields(_ value: Any) -> [String] {
    Mirror(reflecting: value).children.compactMap(\.label)
  }

  @Test("every field of every type a briefing holds is written (add new ones to BriefingCoding)")
  func coversEveryField() throws {
    let b = Self.full
    #expect(
      Self.fields(b) == ["schemaVersion", "article", "parties", "events", "statements", "text"])
    #expect(
      Self.fields(BriefingText.Parts(sentences: [], summary: [], timex: []))
        == ["sentences", "summary", "timex"])
    #expect(
      Self.fields(b.article) == [
        "id", "path", "title", "published", "source", "url", "author", "tags",
      ])
    #expect(
      Self.fields(b.parties[0]) == [
        "id", "name", "kind", "parent", "aliases", "role", "description", "mentions",
      ])
    #expect(Self.fields(b.parties[0].mentions[0]) == ["sentence", "text"])
    #expect(
      Self.fields(b.events[0]) == ["id", "date", "text", "sentence", "parties", "places", "kind"])
    #expect(Self.fields(b.events[0].date) == ["value", "precision", "text"])
    #expect(
      Self.fields(b.statements[0]) == [
        "party", "speaker", "speakerText", "cue", "stance", "text", "target", "sentence",
      ])
    #expect(Self.fields(b.timex[0]) == ["start", "end", "text", "type", "value", "mod"])
  }
}
