import BriefingModels
import BriefingParallel
import BriefingStore

/// The search records of ``SearchIndex`` by id, each with the digest that keys it in
/// `search.pack` and in its chunk's key, and built only when asked for: after an edit, only the
/// records whose digest changed are folded, and only the chunks holding one are written, so
/// the other records are never made.
///
/// A record's digest hashes what decides it, not its text, where that is cheaper: an event's
/// record is decided by its timeline entry (``SiteIndex/Entry/key``, every field) and the
/// timeline page that lists it; a briefing's by its source (the extraction record, which
/// decides the briefing) and the names of the parties its statements are by. Building every
/// record to hash it was 2.0 G instructions of a one-edit rebuild of 10,000 articles. A party's
/// record, or a briefing's whose source is unknown, is hashed from the record itself
/// (``SearchCache/digest(of:)``). Equal digests mean equal records, as the cache needs.
struct SearchRecords: Sendable {
  /// Every record's digest, in id order.
  let digests: [String]
  private let make: @Sendable (Int) -> SearchIndex.Record

  var count: Int { digests.count }

  /// The id of the first event's record (``count`` without events): events are chunked
  /// apart (``SearchShards/chunkRanges(records:events:)``).
  let events: Int

  /// Record `id`, built now.
  func record(_ id: Int) -> SearchIndex.Record { make(id) }

  /// Records already built, keyed by their own digests (tests, a site without sources).
  init(_ records: [SearchIndex.Record]) {
    digests = records.concurrentMap(SearchCache.digest(of:))
    events = SearchShards.firstEvent(records)
    make = { records[$0] }
  }

  /// Bump when an event's or a briefing's record starts to read something new.
  static let recipe = "search-record-inputs 1"

  /// The records of `index` in ``SearchIndex``'s order: parties (built now, they are few),
  /// briefings, then events. `sources` gives each briefing's extraction record.
  init(index: SiteIndex, paging: TimelinePaging, sources: [String: String]) {
    let parties = SearchIndex.partyRecords(index)
    let briefings = index.briefingsByDate
    let timeline = index.timeline
    let partyCount = parties.count
    let briefingEnd = partyCount + briefings.count
    let make: @Sendable (Int) -> SearchIndex.Record = { id in
      if id < partyCount { return parties[id] }
      if id < briefingEnd {
        return SearchIndex.record(of: briefings[id - partyCount], index: index)
      }
      return SearchIndex.record(of: timeline[id - briefingEnd], paging: paging)
    }
    var digests = parties.map(SearchCache.digest(of:))
    digests += briefings.concurrentMap { b -> String in
      guard let source = sources[b.article.id] else {
        return SearchCache.digest(of: SearchIndex.record(of: b, index: index))
      }
      var h = StableHash()
      h.add(Self.recipe)
      h.add("briefing")
      h.add(b.article.id)
      h.add(source)
      for s in b.statements where s.hasParty { h.add(index.partyName(s.party)) }
      return h.hex
    }
    digests += timeline.concurrentMap { e -> String in
      var h = StableHash()
      h.add(Self.recipe)
      h.add("event")
      h.add(e.key)
      h.add(paging.page(of: e.entry.id))
      return h.hex
    }
    self.digests = digests
    self.events = briefingEnd
    self.make = make
  }
}
