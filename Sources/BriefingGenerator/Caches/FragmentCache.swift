import BriefingExtraction
import BriefingIngest
import BriefingParallel
import BriefingSite
import BriefingStore
import Foundation

/// The JSON of each briefing as `corpus.json` holds it, kept in `.briefing-cache/fragments.pack`
/// by the briefing's source (the extraction record id, which decides the briefing and includes
/// the tool's build), so a rebuild splices `corpus.json` instead of encoding every briefing.
///
/// Saved after a successful build with the fragments that build used; a pack that cannot be
/// read is ignored (and rewritten), like the other caches.
struct FragmentCache {
  static let packName = "fragments.pack"
  /// Bump when the record format changes.
  static let key = "fragments 1"

  let url: URL?
  let fragments: JSONFragments
  private let pack: RecordPack

  init(directory: URL?) {
    url = directory?.appendingPathComponent(Self.packName)
    let pack = url.map { RecordPack(contentsOf: $0) } ?? RecordPack()
    self.pack = pack
    let usable = pack.key == Self.key
    fragments = JSONFragments { id in
      guard usable, let record = pack.records[id] else { return nil }
      return pack.slice(record.body)
    }
  }

  /// Writes the fragments this build used (appended when few are stale, else the pack anew).
  func save() {
    guard let url else { return }
    let made = fragments.made
    let used = fragments.used
    // A build that did not write corpus.json (nothing changed) keeps the pack as it is.
    if used.isEmpty { return }
    // Usually a few new fragments are appended and the pack holds the rest (a used fragment
    // that was not made came from it): a rebuild at 10,000 articles uses about 50,000, too
    // many to list one by one only to append a handful.
    let added = made.compactMap { id, bytes in used.contains(id) ? (id, [UInt8](), bytes) : nil }
    if pack.append(added, at: url, key: Self.key, packed: used.count - added.count) { return }
    var kept: [String: RecordPack.Kept] = [:]
    kept.reserveCapacity(used.count)
    for id in used {
      if let bytes = made[id] {
        kept[id] = .new(head: [], body: bytes)
      } else if let record = pack.records[id] {
        kept[id] = .packed(record)
      }
    }
    pack.update(at: url, key: Self.key, kept: kept)
  }
}
