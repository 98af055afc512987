import BriefingStore
import Testing

@Suite("The stable hash changes whenever its bytes do")
struct StableHashTests {
  /// Bytes that look like an export: JSON text, with some structure and repetition.
  let sample: [UInt8] = Array(
    (0..<200).map { #"{"id":"entry-\#($0)","text":"Talks resumed on Monday."}"# }.joined().utf8)

  @Test("the same bytes give the same 32 hex digits")
  func stable() {
    let digest = StableHash.hex(of: sample)
    #expect(digest == StableHash.hex(of: Array(sample)))
    #expect(digest.count == 32)
    #expect(digest.allSatisfy { $0.isHexDigit && !$0.isUppercase })
  }

  @Test("flipping any single bit of the first and last kilobyte changes the digest")
  func everyBit() {
    let original = StableHash.hex(of: sample)
    let positions = Array(0..<1024) + Array((sample.count - 1024)..<sample.count)
    var seen: Set<String> = [original]
    for i in positions {
      for bit in 0..<8 {
        var edited = sample
        edited[i] ^= UInt8(1 << bit)
        seen.insert(StableHash.hex(of: edited))
      }
    }
    #expect(seen.count == positions.count * 8 + 1)
  }

  @Test("digests are printed as they always were: cache records and manifests name them")
  func printedDigests() {
    // Values from the algorithm's description, worked out apart from this code.
    #expect(StableHash.hex(of: []) == "226e040144470ef36f66cee3d6ea1aea")
    #expect(StableHash.hex(of: Array("abc".utf8)) == "91134ba170fb4e8da9a5464400cb271b")
    #expect(
      StableHash.of("briefing-page-key 3 and more than eight bytes")
        == "b60fc47e7fe7c4b0bf8b24f2eaacaa2a")
    #expect(StableHash.hex(0xF) == "000000000000000f")
  }

  @Test("every length up to 40 bytes differs, trailing zero bytes included")
  func lengths() {
    let digests = (0...40).map { StableHash.hex(of: [UInt8](repeating: 0, count: $0)) }
    #expect(Set(digests).count == digests.count)
    #expect(StableHash.hex(of: Array("a".utf8)) != StableHash.hex(of: Array("a".utf8) + [0]))
  }

  @Test("swapping two words changes the digest (order counts, not only content)")
  func order() {
    let ab = Array("12345678abcdefgh".utf8)
    let ba = Array("abcdefgh12345678".utf8)
    #expect(StableHash.hex(of: ab) != StableHash.hex(of: ba))
  }

  @Test(
    "a string hashes as its UTF-8 bytes, whatever their container",
    arguments: ["", "abc", "Türkiye", "日本の首相", String(repeating: "long text ", count: 500)])
  func stringsAsBytes(text: String) {
    var fast = StableHash()
    fast.add(text)
    var bytes = StableHash()
    bytes.add(Array(text.utf8))
    var sequence = StableHash()
    sequence.add(text.utf8.lazy.map { $0 })
    #expect(fast.hex == bytes.hex)
    #expect(fast.hex == sequence.hex)
  }

  @Test("parts are separated: (\"ab\", \"c\") and (\"a\", \"bc\") differ")
  func separated() {
    #expect(StableHash.of("ab", "c") != StableHash.of("a", "bc"))
    #expect(StableHash.of("a", "bc") == StableHash.of("a", "bc"))
    #expect(StableHash.of("", "a") != StableHash.of("a", ""))
  }

  @Test("one block hashed in parts is another hash than the block whole")
  func parts() {
    var parts = StableHash()
    parts.add(Array(sample[..<100]))
    parts.add(Array(sample[100...]))
    #expect(parts.hex != StableHash.hex(of: sample))
  }

  /// Recorded in output manifests and cache keys: a digest that drifted would make every page
  /// of an existing site look changed. (Values computed independently, in Python, from the
  /// algorithm's description.)
  @Test("the digest of fixed bytes is the recorded one")
  func pinned() {
    #expect(StableHash.hex(of: Array("briefing".utf8)) == "7c59b3d66bd786b85e2b4f2a53686ba6")
    #expect(
      StableHash.hex(of: Array("Talks resumed on Monday.".utf8))
        == "c913bafea4652bd7e8426293d47f99d1")
  }
}
