import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

/// The exports with a row per briefing or event are written row by row (``JSONBytes``), and
/// the search records are keyed by what decides them (``SearchRecords``) and built only when
/// needed. Both must give what the `Encodable` models and the records themselves give.
@Suite("Exports written row by row, search records keyed by their inputs")
struct ExportBytesTests {
  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  /// The site index of `corpus` (the fixtures by default); a page limit of 1 splits its
  /// timeline into several pages.
  static func index(_ corpus: Corpus = Fixtures.corpus()) -> SiteIndex {
    SiteIndex(corpus: corpus, config: Fixtures.config)
  }

  @Test(
    "index.json and timeline/events.json are SafeJSON's bytes of their models", arguments: [200, 1])
  func rows(limit: Int) {
    let index = Self.index()
    let paging = TimelinePaging(index.timeline, limit: limit, allPeriods: false)
    #expect(
      Self.text(DataIndex.bytes(index: index))
        == Self.text(SafeJSON.encode(DataIndex(index: index))))
    #expect(
      Self.text(TimelineData.bytes(index: index, paging: paging))
        == Self.text(SafeJSON.encode(TimelineData(index: index, paging: paging))))
  }

  @Test("an empty corpus too")
  func empty() {
    let index = Self.index(Corpus(briefings: [], parties: [], timeline: []))
    let paging = TimelinePaging(index.timeline, limit: 200, allPeriods: false)
    #expect(DataIndex.bytes(index: index) == SafeJSON.encode(DataIndex(index: index)))
    #expect(
      TimelineData.bytes(index: index, paging: paging)
        == SafeJSON.encode(TimelineData(index: index, paging: paging)))
  }

  static func sources(_ index: SiteIndex, _ tag: String = "") -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: index.briefingsByDate.map {
        ($0.article.id, "src-\($0.article.id)\(tag)")
      })
  }

  @Test("the records are SearchIndex's, in its order, whether keyed by inputs or by themselves")
  func sameRecords() {
    let index = Self.index()
    let paging = TimelinePaging(index.timeline, limit: 1, allPeriods: false)
    let expected = SearchIndex(index: index, paging: paging).records
    for sources in [[:], Self.sources(index)] {
      let records = SearchRecords(index: index, paging: paging, sources: sources)
      #expect(records.count == expected.count)
      for i in expected.indices {
        #expect(
          Self.text(SafeJSON.encode(records.record(i))) == Self.text(SafeJSON.encode(expected[i])))
      }
    }
    // Without sources, every digest is the record's own.
    let unkeyed = SearchRecords(index: index, paging: paging, sources: [:])
    let briefingIDs = expected.indices.filter { expected[$0].type == "briefing" }
    for i in briefingIDs { #expect(unkeyed.digests[i] == SearchCache.digest(of: expected[i])) }
  }

  @Test("a changed source, statement party name, entry or timeline page changes the digest")
  func changedInputs() throws {
    let corpus = Fixtures.corpus()
    let index = Self.index(corpus)
    let paging = TimelinePaging(index.timeline, limit: 200, allPeriods: false)
    let sources = Self.sources(index)
    let base = SearchRecords(index: index, paging: paging, sources: sources)
    #expect(base.digests == SearchRecords(index: index, paging: paging, sources: sources).digests)
    #expect(Set(base.digests).count == base.count, "every record its own digest")
    let records = SearchIndex(index: index, paging: paging).records
    let briefing = try #require(records.firstIndex { $0.type == "briefing" })
    let first = index.briefingsByDate[0]

    // The briefing's source: only its own record.
    var edited = sources
    edited[first.article.id]! += "-edited"
    let resourced = SearchRecords(index: index, paging: paging, sources: edited)
    #expect(changed(base, resourced) == [briefing])

    // The name of a party whose statement the briefing reports.
    let speaker = try #require(first.statements.first(where: \.hasParty)?.party)
    var renamedCorpus = corpus
    let p = try #require(renamedCorpus.parties.firstIndex { $0.id == speaker })
    renamedCorpus.parties[p].name += " renamed"
    let renamedIndex = Self.index(renamedCorpus)
    let renamed = SearchRecords(
      index: renamedIndex,
      paging: TimelinePaging(renamedIndex.timeline, limit: 200, allPeriods: false),
      sources: sources)
    #expect(changed(base, renamed).contains(briefing))

    // An entry's text.
    var retold = corpus
    retold.timeline[0].text += " again"
    let retoldIndex = Self.index(retold)
    let events = SearchRecords(
      index: retoldIndex,
      paging: TimelinePaging(retoldIndex.timeline, limit: 200, allPeriods: false),
      sources: sources)
    let entry = try #require(
      retoldIndex.timeline.firstIndex { $0.entry.id == retold.timeline[0].id })
    let eventsStart = records.count - index.timeline.count
    #expect(changed(base, events) == [eventsStart + entry])

    // The timeline split into pages: every event's page moves, so every event's digest.
    let paged = SearchRecords(
      index: index, paging: TimelinePaging(index.timeline, limit: 1, allPeriods: false),
      sources: sources)
    #expect(changed(base, paged) == Array(eventsStart..<records.count))
  }

  func changed(_ a: SearchRecords, _ b: SearchRecords) -> [Int] {
    a.digests.indices.filter { a.digests[$0] != b.digests[$0] }
  }
}

@Suite("JSONBytes")
struct JSONBytesTests {
  @Test("integers print as String(_:) prints them")
  func integers() {
    for value in [0, 7, 9, 10, 11, 99, 100, 101, 12_345, 1_000_000, -1, -250, Int.max, Int.min] {
      var out = JSONBytes()
      out.int(value)
      #expect(String(decoding: out.bytes, as: UTF8.self) == String(value))
    }
  }
}
