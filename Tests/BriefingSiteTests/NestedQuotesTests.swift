import Testing

@testable import BriefingSite

@Suite("A quoted sentence's own quotes nest")
struct NestedQuotesTests {
  @Test("straight and curly double quotes become single ones, opening and closing")
  func nests() {
    #expect(
      NestedQuotes.inner(#""The side has postponed it," Medinsky said."#)
        == "‘The side has postponed it,’ Medinsky said.")
    #expect(
      NestedQuotes.inner("He called it “a farce” (“nonsense”).")
        == "He called it ‘a farce’ (‘nonsense’).")
    #expect(NestedQuotes.inner("No quotes, it's plain.") == "No quotes, it's plain.")
  }
}
