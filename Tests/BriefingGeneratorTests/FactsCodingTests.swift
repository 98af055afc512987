import Foundation
import Testing

@testable import BriefingExtraction
@testable import BriefingGenerator

/// `facts.pack` stores each briefing's facts in `FactsCoding`'s hand-written form: they read
/// back equal, damaged bytes read as nothing, and every field is written.
@Suite("A briefing's facts in facts.pack")
struct FactsCodingTests {
  static let full = BriefingFacts(
    relations: [
      .init(
        kind: .accused, from: "russia", to: "ukraine", sentence: 3, text: "Russia blamed Kyiv."),
      .init(kind: .met, from: "un", to: "nato", sentence: 0, text: "UN and NATO met."),
    ],
    blames: [
      .init(statement: 2, blamer: "russia", blamed: "ukraine", blames: true),
      .init(statement: 5, blamer: "ukraine", blamed: "ukraine", blames: false),
    ],
    counts: [
      .init(
        sentence: 4,
        counts: [
          .init(thing: "prisoners", value: 1200, perSide: false, shown: "1,200 prisoners"),
          .init(thing: "dead", value: -1, perSide: true, shown: "1 killed on each side"),
        ],
        marks: "first second", text: "1,200 prisoners and 1 killed on each side.")
    ])

  @Test("facts read back equal; cut, padded or damaged bytes read as nothing")
  func roundTrip() {
    let empty = BriefingFacts(relations: [], blames: [], counts: [])
    for facts in [Self.full, empty] {
      let bytes = FactsCoding.encode(facts)
      #expect(FactsCoding.decode(Data(bytes)) == facts)
      #expect(FactsCoding.decode(Data(bytes.dropLast())) == nil)
      #expect(FactsCoding.decode(Data(bytes + [0])) == nil)
    }
    var bytes = FactsCoding.encode(Self.full)
    bytes[bytes.count / 2] ^= 0xFF
    #expect(FactsCoding.decode(Data(bytes)) == nil)  // the checksum catches it
  }

  @Test("each field changes the bytes (add new ones to FactsCoding)")
  func coversEveryField() {
    let fields = BriefingCodingTests.fields
    #expect(fields(Self.full) == ["relations", "blames", "counts"])
    #expect(fields(Self.full.relations[0]) == ["kind", "from", "to", "sentence", "text"])
    #expect(fields(Self.full.blames[0]) == ["statement", "blamer", "blamed", "blames"])
    #expect(fields(Self.full.counts[0]) == ["sentence", "counts", "marks", "text"])
    #expect(fields(Self.full.counts[0].counts[0]) == ["thing", "value", "perSide", "shown"])
    var changed: [BriefingFacts] = []
    var f = Self.full
    f.relations[0].kind = .demanded
    changed.append(f)
    f = Self.full
    f.relations[1].text = "UN and NATO did not meet."
    changed.append(f)
    f = Self.full
    f.blames[1].blames = true
    changed.append(f)
    f = Self.full
    f.counts[0].counts[1].perSide = false
    changed.append(f)
    f = Self.full
    f.counts[0].marks = ""
    changed.append(f)
    f = Self.full
    f.counts[0].text = "1,300 prisoners."
    changed.append(f)
    for c in changed {
      #expect(FactsCoding.encode(c) != FactsCoding.encode(Self.full))
      #expect(FactsCoding.decode(Data(FactsCoding.encode(c))) == c)
    }
  }
}
