import BriefingExtraction
import BriefingModels
import BriefingParallel
import BriefingStore
import Foundation

/// Each briefing's facts for relations and disagreements on disk (`.briefing-cache/facts.pack`),
/// so that `generate` after an edit reads only the edited briefing again, as `preview` does
/// from memory (`FactsMemory`).
///
/// A briefing's record is keyed by its article id and holds its source (the extraction
/// record's id, which decides the briefing) as its head; one more record holds the parties'
/// sides the facts were read under. Facts are taken only for the same source and, in the
/// assembler, the same sides. The pack's key is the extraction's (the tool's build, the
/// editor's parties). A damaged or torn pack gives only its whole records. Facts are stored in
/// `FactsCoding`'s form, the sides in `BinaryEncoder`'s.
struct FactsCache {
  static let formatVersion = "4"
  static let packName = "facts.pack"
  /// The id of the sides record (article ids are slugs, never with a space).
  static let sidesID = " sides"

  let url: URL
  let key: String
  let pack: RecordPack
  let sources: [String: String]
  /// The articles whose facts came from the pack, and the sides they were read under.
  private(set) var loaded: Set<String> = []
  private(set) var loadedSides: PartySides?

  init?(directory: URL?, key: String, sources: [String: String]) {
    guard let directory else { return nil }
    url = directory.appendingPathComponent(Self.packName)
    self.key = Self.formatVersion + "|" + key
    self.sources = sources
    pack = RecordPack(contentsOf: url)
  }

  /// A memory holding every briefing's facts whose record has the briefing's source.
  mutating func memory() -> FactsMemory {
    let memory = FactsMemory()
    memory.sources = sources
    guard pack.key == key, let record = pack.records[Self.sidesID],
      let sides = try? BinaryDecoder().decode(PartySides.self, from: pack.slice(record.body))
    else { return memory }
    let pack = pack
    let candidates = sources.filter { id, source in
      guard let record = pack.records[id] else { return false }
      return pack.slice(record.head).elementsEqual(source.utf8)
    }.map { (id: $0.key, source: $0.value) }
    let decoded = candidates.concurrentMap { c -> BriefingFacts? in
      guard let record = pack.records[c.id] else { return nil }
      return FactsCoding.decode(pack.slice(record.body))
    }
    var facts: [String: FactsMemory.Kept] = [:]
    for (c, f) in zip(candidates, decoded) {
      guard let f else { continue }
      facts[c.id] = FactsMemory.Kept(source: c.source, facts: f)
      loaded.insert(c.id)
    }
    loadedSides = sides
    memory.last = FactsMemory.Last(sides: sides, facts: facts)
    return memory
  }

  /// Writes the facts of this build: records taken from the pack (under the same sides) are
  /// kept as they are, the others encoded from `memory`.
  func save(_ memory: FactsMemory) {
    let last = memory.last
    guard let sides = last.sides else { return }
    let same = pack.key == key && loadedSides == sides
    var kept: [String: RecordPack.Kept] = [:]
    if same, let record = pack.records[Self.sidesID] {
      kept[Self.sidesID] = .packed(record)
    } else if let body = try? BinaryEncoder().encode(sides) {
      kept[Self.sidesID] = .new(head: [], body: Array(body))
    }
    for (id, k) in last.facts {
      if same, loaded.contains(id), let record = pack.records[id] {
        kept[id] = .packed(record)
      } else {
        kept[id] = .new(head: Array(k.source.utf8), body: FactsCoding.encode(k.facts))
      }
    }
    pack.update(at: url, key: key, kept: kept)
  }
}
