import Testing

@testable import BriefingSite

@Suite("A file's digest changes whenever its bytes do")
struct ByteDigestTests {
  /// Bytes that look like an export: JSON text, with some structure and repetition.
  let sample: [UInt8] = Array(
    (0..<200).map { #"{"id":"entry-\#($0)","text":"Talks resumed on Monday."}"# }.joined().utf8)

  @Test("the same bytes give the same 32 hex digits")
  func stable() {
    let digest = ByteDigest.hex(of: sample)
    #expect(digest == ByteDigest.hex(of: Array(sample)))
    #expect(digest.count == 32)
    #expect(digest.allSatisfy { $0.isHexDigit && !$0.isUppercase })
  }

  @Test("flipping any single bit of the first and last kilobyte changes the digest")
  func everyBit() {
    let original = ByteDigest.hex(of: sample)
    let positions = Array(0..<1024) + Array((sample.count - 1024)..<sample.count)
    var seen: Set<String> = [original]
    for i in positions {
      for bit in 0..<8 {
        var edited = sample
        edited[i] ^= UInt8(1 << bit)
        seen.insert(ByteDigest.hex(of: edited))
      }
    }
    #expect(seen.count == positions.count * 8 + 1)
  }

  @Test("every length up to 40 bytes differs, trailing zero bytes included")
  func lengths() {
    let digests = (0...40).map { ByteDigest.hex(of: [UInt8](repeating: 0, count: $0)) }
    #expect(Set(digests).count == digests.count)
    #expect(ByteDigest.hex(of: Array("a".utf8)) != ByteDigest.hex(of: Array("a".utf8) + [0]))
  }

  @Test("swapping two words changes the digest (order counts, not only content)")
  func order() {
    let ab = Array("12345678abcdefgh".utf8)
    let ba = Array("abcdefgh12345678".utf8)
    #expect(ByteDigest.hex(of: ab) != ByteDigest.hex(of: ba))
  }
}
