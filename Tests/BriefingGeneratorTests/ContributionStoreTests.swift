import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction
@testable import BriefingGenerator

/// `generate` keeps each briefing's contribution to the party registry, in numbers, in
/// `.briefing-cache/contributions.store`: what it reads back is what the briefing gives, the
/// registry merged from it is the one merged from the briefings, and a damaged file is
/// ignored and written again.
@Suite("Each briefing's contribution kept on disk as numbers")
struct ContributionStoreTests {
  static var example: [Briefing] { FactsCacheTests.example.briefings }
  static var registry: PartyRegistry { PartyRegistry(gazetteer: FactsCacheTests.example.gazetteer) }

  static func temporaryDirectory() -> URL {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("contribution-store-\(UUID().uuidString)")
  }

  /// One build through the store: its contributions, whether the file was read, and the
  /// records it saved.
  static func build(
    _ briefings: [Briefing], _ sources: [String: String], in directory: URL, key: String = "k"
  ) -> (contributions: Contributions, read: Bool, used: [String: [Int32]]) {
    var store = ContributionStore(directory: directory, key: key)
    let made = store.contributions(of: briefings, sources: sources)
    store.save(made.used)
    return (made.contributions, store.wasRead, made.used)
  }

  /// A contribution's parties in strings, field by field.
  static func parties(_ c: BriefingContribution, _ table: IdTable) -> [Party] {
    var out: [Party] = []
    func optional(_ id: Int32) -> String? { id == BriefingContribution.none ? nil : table[id] }
    c.forEachParty { p in
      out.append(
        Party(
          id: table[p.id], name: table[p.name], kind: p.kind, parent: optional(p.parent),
          aliases: p.aliases.map { table[$0] }, role: optional(p.role),
          description: optional(p.description),
          mentions: Array(repeating: Mention(sentence: 0, text: ""), count: Int(p.mentions))))
    }
    return out
  }

  /// A briefing's parties with what a contribution keeps of them (the mentions' count).
  static func kept(_ b: Briefing) -> [Party] {
    b.parties.map { p in
      var p = p
      p.mentions = Array(repeating: Mention(sentence: 0, text: ""), count: p.mentions.count)
      return p
    }
  }

  @Test("a stored contribution reads back as what the briefing gives, and merges the same registry")
  func roundTrip() throws {
    let directory = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let briefings = Self.example
    let sources = FactsCacheTests.sources(briefings)
    #expect(briefings.contains { !$0.parties.isEmpty })

    let first = Self.build(briefings, sources, in: directory)
    #expect(!first.read)
    let second = Self.build(briefings, sources, in: directory)
    #expect(second.read)
    #expect(second.contributions == first.contributions)
    for (b, c) in zip(briefings, second.contributions.briefings) {
      #expect(Self.parties(c, second.contributions.table) == Self.kept(b))
    }
    let stored = Self.registry.merge(
      second.contributions.briefings, table: second.contributions.table)
    #expect(stored == Self.registry.merge(briefings))
    #expect(
      CorpusAssembler(gazetteer: FactsCacheTests.example.gazetteer).assemble(
        briefings, contributions: second.contributions)
        == FactsCacheTests.cold(briefings))
  }

  @Test("an edit makes only the edited briefing's contribution; a removed article's goes")
  func edit() throws {
    let directory = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var briefings = Self.example
    _ = Self.build(briefings, FactsCacheTests.sources(briefings), in: directory)

    // One briefing names a party no other names, under a new source.
    let edited = try #require(briefings.firstIndex { !$0.parties.isEmpty })
    briefings[edited].parties.append(
      Party(id: "grain-council", name: "Grain Council", kind: .organization, aliases: ["GC"]))
    let sources = FactsCacheTests.sources(briefings, edited: briefings[edited].article.id)
    let after = Self.build(briefings, sources, in: directory)
    #expect(after.read)
    #expect(after.used.count == briefings.count)
    #expect(
      Self.parties(after.contributions.briefings[edited], after.contributions.table)
        == Self.kept(briefings[edited]))
    let merged = Self.registry.merge(
      after.contributions.briefings, table: after.contributions.table)
    #expect(merged == Self.registry.merge(briefings))
    #expect(merged.contains { $0.id == "grain-council" && $0.aliases == ["GC"] })

    // The file now holds exactly this build's records: the old source of the edited one went.
    let again = ContributionStore(directory: directory, key: "k")
    #expect(again.stored.count == briefings.count)
    #expect(again.stored["s-" + briefings[edited].article.id] == nil)
    #expect(again.stored["changed"] != nil)

    briefings.remove(at: edited)
    let removed = Self.build(briefings, FactsCacheTests.sources(briefings), in: directory)
    #expect(ContributionStore(directory: directory, key: "k").stored.count == briefings.count)
    #expect(
      Self.registry.merge(removed.contributions.briefings, table: removed.contributions.table)
        == Self.registry.merge(briefings))
  }

  @Test("a damaged, cut or foreign store is ignored and written again")
  func damaged() throws {
    let directory = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let briefings = Self.example
    let sources = FactsCacheTests.sources(briefings)
    let cold = Self.build(briefings, sources, in: directory)
    let file = directory.appendingPathComponent(ContributionStore.fileName)
    let whole = try Data(contentsOf: file)

    var flipped = whole
    flipped[whole.count / 2] ^= 0x40
    for bytes in [flipped, whole.prefix(whole.count - 5), Data()] {
      try bytes.write(to: file)
      let damaged = Self.build(briefings, sources, in: directory)
      #expect(!damaged.read)
      #expect(damaged.contributions == cold.contributions)
      #expect(try Data(contentsOf: file) == whole)
    }
    let foreign = Self.build(briefings, sources, in: directory, key: "other")
    #expect(!foreign.read)
    #expect(Self.build(briefings, sources, in: directory, key: "other").read)
  }

  @Test("a record whose numbers do not fit the layout is not taken")
  func badWords() {
    #expect(BriefingContribution(words: [], idCount: 5) == nil)
    #expect(BriefingContribution(words: [0, 0, 0], idCount: 0) != nil)
    // One party (id, name, kind, parent, role, description, mentions, one alias), one
    // statement (party, no target), one event with two parties.
    let words: [Int32] = [1, 0, 1, 2, -1, -1, -1, 3, 1, 2, 1, 0, -1, 1, 2, 0, 2]
    let c = BriefingContribution(words: words, idCount: 3)
    #expect(c != nil)
    var statements: [[Int32]] = []
    c?.forEachStatement { statements.append([$0, $1]) }
    var events: [[Int32]] = []
    c?.forEachEvent { events.append(Array($0)) }
    #expect(statements == [[0, -1]] && events == [[0, 2]])
    #expect(BriefingContribution(words: words, idCount: 2) == nil)  // id 2 unknown
    #expect(BriefingContribution(words: Array(words.dropLast()), idCount: 3) == nil)
    #expect(BriefingContribution(words: words + [0], idCount: 3) == nil)
    var kind = words
    kind[3] = 9
    #expect(BriefingContribution(words: kind, idCount: 3) == nil)
    var count = words
    count[14] = 40  // an event with more parties than there are words
    #expect(BriefingContribution(words: count, idCount: 3) == nil)
  }

  @Test("a parent given by as many texts as another is chosen whatever the order of the texts")
  func parentTies() {
    func briefing(_ id: String, parent: String) -> Briefing {
      Briefing(
        article: ArticleMeta(id: id, path: id + ".md", title: id),
        parties: [Party(id: "ana-lima", name: "Ana Lima", kind: .person, parent: parent)])
    }
    let a = briefing("a", parent: "party-b")
    let b = briefing("b", parent: "party-a")
    let forward = Self.registry.merge([a, b])
    let backward = Self.registry.merge([b, a])
    #expect(forward == backward)
    #expect(forward.first { $0.id == "ana-lima" }?.parent == "party-a")
  }
}
