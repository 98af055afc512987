import Foundation
import Testing

@testable import BriefingGenerator
@testable import BriefingSite

/// The JSON fragments of one build are kept in `.briefing-cache/fragments.pack` for the next:
/// new ones appended while the pack holds few stale ones, the pack rewritten otherwise, and
/// every fragment a build used is found by the next one.
@Suite struct FragmentCacheTests {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("briefing-fragments-\(UUID().uuidString)")
  var pack: URL { directory.appendingPathComponent(FragmentCache.packName) }

  /// One build: uses the fragments of `keys` (made as "<key>!" when the cache lacks them),
  /// saves, and returns the bytes it spliced and the keys it had to make.
  func build(_ keys: [String]) -> (out: String, made: [String]) {
    let cache = FragmentCache(directory: directory)
    var out = JSONSplice()
    var made: [String] = []
    for key in keys {
      cache.fragments.append(key, to: &out) {
        made.append(key)
        return Array("\(key)!".utf8)
      }
    }
    cache.save()
    return (String(decoding: out.joined(), as: UTF8.self), made)
  }

  func packSize() throws -> Int {
    try FileManager.default.attributesOfItem(atPath: pack.path)[.size] as! Int
  }

  @Test func aRebuildFindsEveryFragmentAndAppendsOnlyTheNewOne() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let keys = (0..<20).map { "k\($0)" }
    #expect(build(keys).made == keys)
    let first = try Data(contentsOf: pack)

    // One fragment replaced by a new one: found, made and appended; the old bytes untouched.
    var edited = keys
    edited[7] = "k7-edited"
    let second = build(edited)
    #expect(second.made == ["k7-edited"])
    #expect(second.out == edited.map { "\($0)!" }.joined())
    let grown = try Data(contentsOf: pack)
    #expect(grown.count > first.count && grown.prefix(first.count) == first)

    // Everything is found now, and nothing is written.
    #expect(build(edited).made.isEmpty)
    #expect(try Data(contentsOf: pack) == grown)
  }

  @Test func aPackWithManyStaleFragmentsIsRewrittenWithOnlyTheUsedOnes() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let keys = (0..<20).map { "k\($0)" }
    _ = build(keys)
    let before = try packSize()
    // Half the fragments no longer used, one new: the pack is rewritten, smaller.
    let fewer = Array(keys.prefix(10)) + ["new"]
    #expect(build(fewer).made == ["new"])
    #expect(try packSize() < before)
    #expect(build(fewer).made.isEmpty)
    #expect(build(Array(keys.suffix(10))).made == Array(keys.suffix(10)))  // dropped for good
  }
}
