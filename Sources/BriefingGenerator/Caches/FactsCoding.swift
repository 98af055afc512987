import BriefingExtraction
import BriefingModels
import BriefingStore
import Foundation

/// The bytes of one briefing's facts in `facts.pack`: each field in a fixed order
/// (`CompactWriter`), an enum by its position among its cases, a flag as 0 or 1.
///
/// Written by hand rather than through `BinaryEncoder`: reading the 10,000 kept facts of a
/// one-edit rebuild back through `Codable` was 0.84 G instructions, most of it finding keys
/// for facts that are mostly empty lists (Benchmarks/LOG.md, 2026-12-06, edit6). The pack's
/// key holds the tool's build, so the order may change between builds; damaged bytes give
/// nil, never other facts (`FactsCodingTests`).
enum FactsCoding {
  static func encode(_ facts: BriefingFacts) -> [UInt8] {
    var w = CompactWriter()
    w.int(facts.relations.count)
    for r in facts.relations {
      w.int(Relation.Kind.allCases.firstIndex(of: r.kind)!)
      w.string(r.from)
      w.string(r.to)
      w.int(r.sentence)
      w.string(r.text)
    }
    w.int(facts.blames.count)
    for b in facts.blames {
      w.int(b.statement)
      w.string(b.blamer)
      w.string(b.blamed)
      w.int(b.blames ? 1 : 0)
    }
    w.int(facts.counts.count)
    for c in facts.counts {
      w.int(c.sentence)
      w.int(c.counts.count)
      for n in c.counts {
        w.string(n.thing)
        w.int(n.value)
        w.int(n.perSide ? 1 : 0)
        w.string(n.shown)
      }
      w.string(c.marks)
      w.string(c.text)
    }
    return w.sealed
  }

  /// The facts `bytes` hold; nil for bytes `encode` did not write (cut, padded, damaged).
  static func decode(_ bytes: Data) -> BriefingFacts? {
    bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> BriefingFacts? in
      guard var r = CompactReader(sealed: raw) else { return nil }
      guard let facts = facts(&r), r.isAtEnd else { return nil }
      return facts
    }
  }

  private static func flag(_ r: inout CompactReader) -> Bool? {
    switch r.int() {
    case 0: false
    case 1: true
    default: nil
    }
  }

  private static func facts(_ r: inout CompactReader) -> BriefingFacts? {
    let kinds = Relation.Kind.allCases
    guard let relationCount = r.count() else { return nil }
    var relations: [BriefingFacts.RelationFact] = []
    relations.reserveCapacity(relationCount)
    for _ in 0..<relationCount {
      guard let kind = r.int(), kinds.indices.contains(kind), let from = r.string(),
        let to = r.string(), let sentence = r.int(), let text = r.string()
      else { return nil }
      relations.append(
        .init(kind: kinds[kind], from: from, to: to, sentence: sentence, text: text))
    }
    guard let blameCount = r.count() else { return nil }
    var blames: [BriefingFacts.BlameFact] = []
    blames.reserveCapacity(blameCount)
    for _ in 0..<blameCount {
      guard let statement = r.int(), let blamer = r.string(), let blamed = r.string(),
        let isBlame = flag(&r)
      else { return nil }
      blames.append(.init(statement: statement, blamer: blamer, blamed: blamed, blames: isBlame))
    }
    guard let countFacts = r.count() else { return nil }
    var counts: [BriefingFacts.CountFact] = []
    counts.reserveCapacity(countFacts)
    for _ in 0..<countFacts {
      guard let sentence = r.int(), let n = r.count() else { return nil }
      var found: [CountReader.Count] = []
      found.reserveCapacity(n)
      for _ in 0..<n {
        guard let thing = r.string(), let value = r.int(), let perSide = flag(&r),
          let shown = r.string()
        else { return nil }
        found.append(.init(thing: thing, value: value, perSide: perSide, shown: shown))
      }
      guard let marks = r.string(), let text = r.string() else { return nil }
      counts.append(.init(sentence: sentence, counts: found, marks: marks, text: text))
    }
    return BriefingFacts(relations: relations, blames: blames, counts: counts)
  }
}
