import Foundation
import Testing

@testable import BriefingExtraction

/// The article memory of a two-pass model: what a word is remembered as after the first
/// reading, plain (the majority kind) or agreeing (only a kind most of its mentions carry).
@Suite("Name memory")
struct NameMemoryTests {
  /// A capitalised token whose word hash is `word`.
  func key(_ word: UInt64) -> NameFeatures.TokenKeys {
    NameFeatures.TokenKeys(
      word: word, shape: 0, prefix: 0, suffix2: 0, suffix3: 0, gazetteer: 0, capitalized: true,
      lowerElsewhere: 0, runHead: 0, lexicon: 0)
  }

  /// A memory after a first reading that tagged each word with the given tags, one per mention.
  func memory(_ mentions: [UInt64: [Int]], agreeing: Bool) -> NameMemory {
    var memory = NameMemory()
    for (word, tags) in mentions.sorted(by: { $0.key < $1.key }) {
      for tag in tags { memory.remember([key(word)], [tag]) }
    }
    memory.fixMajorities(agreeing: agreeing)
    return memory
  }

  let org = NameTag.begin(.organization)
  let person = NameTag.begin(.person)
  let personIndex = NameKind.allCases.firstIndex(of: .person)! + 1
  let orgIndex = NameKind.allCases.firstIndex(of: .organization)! + 1

  @Test("plain: one organisation tag among untagged mentions is the word's kind")
  func plainMajority() {
    let m = memory([1: [org, 0, 0, 0], 2: [person]], agreeing: false)
    #expect(m.kind(of: 1) == orgIndex)
    #expect(m.kind(of: 2) == personIndex)
  }

  @Test("agreeing: a kind is remembered only if most mentions, and two at least, carry it")
  func agreeingMajority() {
    let m = memory(
      [1: [org, 0, 0, 0], 2: [person], 3: [person, person, org], 4: [org, org, 0, 0]],
      agreeing: true)
    #expect(m.kind(of: 1) == 0)  // one tag of four mentions
    #expect(m.kind(of: 2) == 0)  // named once
    #expect(m.kind(of: 3) == personIndex)  // two of three
    #expect(m.kind(of: 4) == 0)  // half is no majority
  }

  @Test("an agreeing model says so in its file and reads back as one")
  func agreeingHeader() throws {
    let text = "Anna Berg flew to Oslo. Berg met Lars Dahl in Oslo.\n"
    let doc = NameTrainer.Document(
      text: text, names: [NameSpan(start: 0, end: 9, kind: .person)])
    let model = NameTrainer(
      gazetteer: try Gazetteer.builtIn(), epochs: 2, pruneBelow: 0, memory: .twoPass,
      agreeing: true
    ).train([doc])
    #expect(model.serialized().prefix(4) == Array("BNM3".utf8)[...])
    let read = try NameModel(bytes: model.serialized())
    #expect(read.memory == .twoPass && read.agreeing)
  }

  @Test("others only: a mention is remembered as its word's other mentions, not as itself")
  func othersOnly() {
    let place = NameTag.begin(.place)
    let code = NameMemory.code
    // Word 1 ("Halston") named once, as a place; word 2 twice an organisation, once a place.
    func read(_ empty: NameMemory) -> NameMemory {
      var memory = empty
      memory.remember([key(1)], [place])
      for tag in [org, org, place] { memory.remember([key(2)], [tag]) }
      memory.fixMajorities()
      return memory
    }
    let plain = read(NameMemory())
    let others = read(NameMemory(othersOnly: true))
    #expect(plain.kind(of: 1, own: code(place)) == code(place))  // its own guess, echoed
    #expect(others.kind(of: 1, own: code(place)) == 0)  // no other mention: nothing
    #expect(others.kind(of: 2, own: code(place)) == orgIndex)
    #expect(others.kind(of: 2, own: code(org)) == orgIndex)  // a tie of the others
    #expect(others.kind(of: 1, own: nil) == code(place))  // a mention the first reading missed
  }

  @Test("an others-only model says so in its file and reads back as one")
  func othersOnlyHeader() throws {
    let text = "Anna Berg flew to Oslo. Berg met Lars Dahl in Oslo.\n"
    let doc = NameTrainer.Document(
      text: text, names: [NameSpan(start: 0, end: 9, kind: .person)])
    var trainer = NameTrainer(
      gazetteer: try Gazetteer.builtIn(), epochs: 2, pruneBelow: 0, memory: .twoPass)
    trainer.othersOnly = true
    let model = trainer.train([doc])
    #expect(model.serialized().prefix(4) == Array("BNM4".utf8)[...])
    let read = try NameModel(bytes: model.serialized())
    #expect(read.memory == .twoPass && read.othersOnly && !read.agreeing)
  }

  @Test("whole names: a word named alone somewhere takes that kind, not its names' tie")
  func wholeNames() {
    let place = NameTag.begin(.place)
    let placeIndex = NameKind.allCases.firstIndex(of: .place)! + 1
    // "Irving Independent School District" (words 1, 5), then "Irving" alone as a place.
    func read(_ empty: NameMemory) -> NameMemory {
      var memory = empty
      memory.remember([key(1), key(5)], [org, NameTag.inside(.organization)])
      memory.remember([key(1)], [place])
      memory.fixMajorities()
      return memory
    }
    #expect(read(NameMemory()).kind(of: 1) == orgIndex)  // the tie goes to the organisation
    #expect(read(NameMemory(wholeNames: true)).kind(of: 1) == placeIndex)
    #expect(read(NameMemory(wholeNames: true)).kind(of: 5) == orgIndex)  // only ever a part
  }

  @Test("evidence: the same kinds, given as 4–6 so the lexicon templates read them")
  func evidence() throws {
    var memory = NameMemory(evidence: true)
    memory.remember([key(1)], [person])
    memory.fixMajorities()
    #expect(memory.kind(of: 1) == 3 + personIndex)
    #expect(memory.kind(of: 2) == 0)
    let text = "Anna Berg flew to Oslo. Berg met Lars Dahl in Oslo.\n"
    let doc = NameTrainer.Document(
      text: text, names: [NameSpan(start: 0, end: 9, kind: .person)])
    var trainer = NameTrainer(
      gazetteer: try Gazetteer.builtIn(), epochs: 2, pruneBelow: 0, memory: .twoPass)
    trainer.memoryEvidence = true
    let model = trainer.train([doc])
    #expect(model.serialized().prefix(4) == Array("BNM6".utf8)[...])
    let read = try NameModel(bytes: model.serialized())
    #expect(read.memory == .twoPass && read.memoryEvidence && !read.othersOnly)
  }
}
