import BriefingExtraction
import BriefingModels
import BriefingParallel
import BriefingStore
import Foundation

/// Each date's timeline merge on disk (`.briefing-cache/timeline.pack`), so that `generate`
/// after an edit merges only the dates the edit touched, as `preview` does from memory.
///
/// A date's record is headed by two digests. The first is of the date value and, in corpus
/// order, the id and source of the article of each of its reports: a briefing's source decides
/// its events, and a date's merge depends only on its reports, so an equal digest means an
/// equal merge, found without reading an event. The second is of the reports themselves (every
/// field of every event and its article, ``reportsDigest(_:_:)``): when an article's source
/// changes but its events on a date do not (an edit to a sentence that gives no event), the
/// date's merge is still taken, as `preview` takes it from memory, and keeps its version. The
/// pack's key is the extraction's (the tool's build, the editor's parties). A date some report
/// of which has no known source is merged and not stored. Entries are stored in
/// `StoredEntryCoding`'s form.
struct TimelineCache {
  static let formatVersion = "5"
  static let packName = "timeline.pack"

  /// One date of the corpus: its reports, and their digest (nil when a source is unknown).
  struct DateReports {
    var events: [Event] = []
    var articles: [String] = []
    var digest: String?
  }

  let url: URL
  let key: String
  let pack: RecordPack
  let dates: [String: DateReports]
  /// The dates whose merge came from the pack.
  private(set) var loaded: Set<String> = []
  /// Of those, the dates taken by their reports' digest (their sources changed): each with
  /// that digest, for the record's new head.
  private(set) var rekeyed: [String: String] = [:]

  init?(directory: URL?, key: String, briefings: [Briefing], sources: [String: String]) {
    guard let directory else { return nil }
    url = directory.appendingPathComponent(Self.packName)
    self.key = Self.formatVersion + "|" + key
    // Each date numbered once, its reports and digest kept by number: four lookups by date
    // string for every event of the corpus were 0.39 G instructions at 10,000 articles.
    var number: [String: Int] = [:]
    var reports: [DateReports] = []
    var hashes: [StableHash] = []
    var unknown: [Bool] = []
    for b in briefings {
      let source = sources[b.article.id]
      for e in b.events {
        let date = e.date.value
        let n: Int
        if let known = number[date] {
          n = known
        } else {
          n = reports.count
          number[date] = n
          reports.append(DateReports())
          hashes.append(Self.start(date))
          unknown.append(false)
        }
        reports[n].events.append(e)
        reports[n].articles.append(b.article.id)
        guard let source else {
          unknown[n] = true
          continue
        }
        hashes[n].add(b.article.id)
        hashes[n].add(source)
      }
    }
    var dates: [String: DateReports] = [:]
    dates.reserveCapacity(number.count)
    for (date, n) in number {
      if !unknown[n] { reports[n].digest = hashes[n].hex }
      dates[date] = reports[n]
    }
    self.dates = dates
    pack = RecordPack(contentsOf: url)
  }

  /// How many hex digits a digest prints (``StableHash/hex``).
  static let digestLength = 32

  /// A digest of every field the merge reads of a date's reports: each event (its date, text,
  /// sentence, parties, places and kind) and the article it came from, in corpus order.
  static func reportsDigest(_ date: String, _ d: DateReports) -> String {
    var h = StableHash()
    h.add("timeline-reports 1")
    h.add(date)
    h.add(String(d.events.count))
    for (e, article) in zip(d.events, d.articles) {
      h.add(article)
      h.add(e.id)
      h.add(e.date.value)
      h.add(e.date.precision.rawValue)
      h.add(e.date.text)
      h.add(e.text)
      h.add(String(e.sentence))
      h.add(String(e.parties.count))
      for p in e.parties { h.add(p) }
      h.add(String(e.places.count))
      for p in e.places { h.add(p) }
      h.add(e.kind.rawValue)
    }
    return h.hex
  }

  private static func start(_ date: String) -> StableHash {
    var h = StableHash()
    h.add("timeline-date 1")
    h.add(date)
    return h
  }

  /// A memory holding every date whose record matches its digest, for the merge to take.
  mutating func memory() -> TimelineMemory {
    let memory = TimelineMemory()
    guard pack.key == key else { return memory }
    let pack = pack
    // A date is taken when its sources are the same, or else (only the dates of the edited
    // articles, whose reports are hashed) when its reports are.
    var reports: [String: String] = [:]
    let candidates = dates.compactMap { date, d -> String? in
      guard let digest = d.digest, let record = pack.records[date] else { return nil }
      let head = pack.slice(record.head)
      guard head.count == 2 * Self.digestLength else { return nil }
      if head.prefix(Self.digestLength).elementsEqual(digest.utf8) { return date }
      let digestOfReports = Self.reportsDigest(date, d)
      guard head.suffix(Self.digestLength).elementsEqual(digestOfReports.utf8) else { return nil }
      reports[date] = digestOfReports
      return date
    }
    let decoded = candidates.concurrentMap { date -> [TimelineMemory.StoredEntry]? in
      guard let record = pack.records[date] else { return nil }
      return StoredEntryCoding.decode(pack.slice(record.body))
    }
    var stored:
      [String: (events: [Event], articles: [String], entries: [TimelineMemory.StoredEntry])] = [:]
    for (date, entries) in zip(candidates, decoded) {
      guard let entries, let d = dates[date] else { continue }
      stored[date] = (d.events, d.articles, entries)
      loaded.insert(date)
      if let digestOfReports = reports[date] { rekeyed[date] = digestOfReports }
    }
    memory.seed(stored)
    return memory
  }

  /// Writes the merges of this build: records of dates taken from the pack are kept as they
  /// are, the others are encoded from `memory` (see ``RecordPack/update(at:key:kept:)``).
  ///
  /// Returns each stored date's version (``BriefingSite/PageInputs/timelineVersions``): the
  /// checksum its record's bytes end with, a hash of every field of its merged entries, made
  /// once when the date is merged and read back with the record, so a date merged again into
  /// the same entries keeps its version.
  func save(_ memory: TimelineMemory) -> [String: String] {
    var kept: [String: RecordPack.Kept] = [:]
    var versions: [String: String] = [:]
    func version(_ checksum: some Collection<UInt8>) -> String? {
      guard checksum.count == 8 else { return nil }
      var n: UInt64 = 0
      for (i, byte) in checksum.enumerated() { n |= UInt64(byte) << (8 * i) }
      return StableHash.hex(n)
    }
    for (date, d) in dates {
      guard let digest = d.digest else { continue }
      if loaded.contains(date), pack.key == key, let record = pack.records[date] {
        let body = pack.slice(record.body)
        if let digestOfReports = rekeyed[date] {
          kept[date] = .new(head: Array((digest + digestOfReports).utf8), body: Array(body))
        } else {
          kept[date] = .packed(record)
        }
        versions[date] = version(body.suffix(8))
      } else if let entries = memory.storedEntries(of: date) {
        let body = StoredEntryCoding.encode(entries)
        let head = digest + Self.reportsDigest(date, d)
        kept[date] = .new(head: Array(head.utf8), body: body)
        versions[date] = version(body.suffix(8))
      }
    }
    pack.update(at: url, key: key, kept: kept)
    return versions
  }
}
