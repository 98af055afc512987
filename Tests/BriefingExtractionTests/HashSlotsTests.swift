import Testing

@testable import BriefingExtraction

/// `HashSlots` answers as `[UInt64: Int32]` would, and the name lexicon's buckets are its
/// entries.
@Suite("Hash slots")
struct HashSlotsTests {
  @Test("every key is found with its value, and no other key is, zero and colliding ones too")
  func lookups() {
    // Keys that share their low bits (one slot) and 0, a hash like any other.
    let keys: [UInt64] =
      [0, 1, 16, 32, 1 << 40, (1 << 40) | 16, .max, 0xcbf2_9ce4_8422_2325]
      + (0..<300).map { NameFeatures.hash("w\($0)".utf8) }
    let dictionary = Dictionary(
      uniqueKeysWithValues: keys.enumerated().map { ($0.element, Int32($0.offset)) })
    let slots = HashSlots(dictionary.map { ($0.key, $0.value) }, count: dictionary.count)
    for (key, value) in dictionary { #expect(slots.value(key) == value) }
    for miss: UInt64 in [2, 48, 1 << 41, .max - 1, NameFeatures.hash("w300".utf8)] {
      #expect(slots.value(miss) == nil)
    }
    #expect(HashSlots().value(0) == nil)
  }

  @Test("the lexicon's bucket of a first word holds its names, longest first")
  func lexiconBuckets() {
    let lexicon = NameLexicon(
      text: "[given]\nKevin Maria\n[organization]\nKevin Smith Foundation\n[place]\nMaria Island\n")
    let kevin = lexicon.bucket(NameFeatures.hash("kevin".utf8)) ?? []
    #expect(kevin.map(\.words.count) == [3, 1])
    #expect(lexicon.bucket(NameFeatures.hash("maria".utf8))?.count == 2)
    #expect(lexicon.bucket(NameFeatures.hash("smith".utf8)) == nil)
  }
}
