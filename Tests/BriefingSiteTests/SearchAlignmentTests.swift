import Testing

@testable import BriefingSite

/// Lining up the last build's search records with this build's by digest: every kept record
/// found at its new id, the added and dropped ones named, and too many changes refused.
@Suite("Search records lined up by digest")
struct SearchAlignmentTests {
  static let old = (0..<50).map { "r\($0)" }

  @Test("a record added in the middle moves every later id by one")
  func added() throws {
    var new = Self.old
    new.insert("x", at: 20)
    let a = try #require(SearchAlignment(old: Self.old, new: new, limit: 8))
    #expect(a.inserted == [20])
    #expect(a.deleted == [])
    #expect(a.moved == (0..<20).map(Int32.init) + (21..<51).map(Int32.init))
  }

  @Test("a record dropped, one changed in place and one added: each kept record where it went")
  func mixed() throws {
    var new = Self.old
    new.remove(at: 3)  // r3 gone: r4 is now at 3
    new[10] = "changed"  // r11 replaced
    new.insert("y", at: 40)
    let a = try #require(SearchAlignment(old: Self.old, new: new, limit: 8))
    #expect(a.deleted == [3, 11])
    #expect(a.inserted == [10, 40])
    for (i, j) in a.moved.enumerated() where j >= 0 {
      #expect(new[Int(j)] == Self.old[i], "r\(i) found at \(j)")
    }
    #expect(a.moved.filter { $0 < 0 }.count == 2)
  }

  @Test("nothing changed, everything changed, and more changes than the limit")
  func edges() throws {
    let same = try #require(SearchAlignment(old: Self.old, new: Self.old, limit: 0))
    #expect(same.moved == (0..<50).map(Int32.init) && same.inserted.isEmpty)
    let emptied = try #require(SearchAlignment(old: Self.old, new: [], limit: 50))
    #expect(emptied.deleted == Array(0..<50) && emptied.moved.allSatisfy { $0 < 0 })
    let fresh = try #require(SearchAlignment(old: [], new: ["a", "b"], limit: 2))
    #expect(fresh.inserted == [0, 1] && fresh.moved.isEmpty)
    let shuffled = (0..<50).map { "r\(($0 * 7) % 50)" }
    #expect(SearchAlignment(old: Self.old, new: shuffled, limit: 10) == nil)
  }
}
