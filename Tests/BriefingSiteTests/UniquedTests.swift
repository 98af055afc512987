import Testing

@testable import BriefingSite

@Suite("uniqued")
struct UniquedTests {
  @Test("keeps each id once, where it first comes, in short and long lists alike")
  func firstOccurrences() {
    #expect(uniqued([]) == [])
    #expect(uniqued(["b", "a", "b", "c", "a"]) == ["b", "a", "c"])
    let long = (0..<40).map { "p\($0 % 13)" }
    #expect(uniqued(long) == (0..<13).map { "p\($0)" })
    #expect(uniqued(long.reversed()) == (0..<13).reversed().map { "p\(($0 + 1) % 13)" })
  }
}
