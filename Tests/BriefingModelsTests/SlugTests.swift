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
