import Testing

@testable import BriefingModels

@Suite struct SlugTests {
  @Test func slugsUseOnlyTheSafeAlphabet() {
    #expect(Slug.make("Russia’s Ministry of Défense") == "russias-ministry-of-defense")
    #expect(Slug.make("../../etc/passwd") == "etc-passwd")
    #expect(Slug.make("") == "untitled")
    #expect(Slug.make("<script>alert(1)</script>") == "script-alert-1-script")
    #expect(Slug.make(String(repeating: "word ", count: 100)).count <= Slug.maxLength)
  }
}

@Suite struct SlugASCIIPathTests {
  /// Every printable ASCII character, alone and between words, plus long titles that are cut.
  static let samples: [String] = {
    var out: [String] = []
    for v in 0..<128 {
      let c = String(Character(Unicode.Scalar(UInt8(v))))
      out += [c, "Ab\(c)Cd", "\(c)x\(c)", "Russia\(c)s \(c)Defence\(c)"]
    }
    out.append(String(repeating: "Talks in Istanbul ", count: 10))
    out.append(String(repeating: "a", count: 79) + " b c")
    out.append(String(repeating: "ab ", count: 40) + "- -")
    out.append("2025-06-02 kyiv-ledger s12")
    return out
  }()

  @Test func asciiTextsSlugAsThroughAccentFolding() {
    for text in Self.samples {
      #expect(Slug.make(text) == Slug.unicodeSlug(text), "\(text.debugDescription)")
      #expect(
        Slug.make(text, fallback: "x") == Slug.unicodeSlug(text, fallback: "x"),
        "\(text.debugDescription)")
    }
  }
}
