import Testing

@testable import BriefingSite

/// Fingerprints are recorded in output manifests: the fast path for strings must hash exactly
/// the bytes the general one does, or every page of an existing site would look changed.
@Suite("Fingerprint")
struct FingerprintTests {
  @Test(
    "a string hashes as its UTF-8 bytes",
    arguments: ["", "abc", "Türkiye", "日本の首相", String(repeating: "long text ", count: 500)])
  func stringsAsBytes(text: String) {
    var fast = Fingerprint()
    fast.add(text)
    var bytes = Fingerprint()
    bytes.add(Array(text.utf8))
    #expect(fast.state == bytes.state)
  }

  @Test("parts are separated: (\"ab\", \"c\") and (\"a\", \"bc\") differ")
  func separated() {
    #expect(Fingerprint.of("ab", "c") != Fingerprint.of("a", "bc"))
    #expect(Fingerprint.of("a", "bc") == Fingerprint.of("a", "bc"))
  }
}
