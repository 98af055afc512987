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
}
