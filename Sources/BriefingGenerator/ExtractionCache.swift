import BriefingModels
import Foundation

/// Extraction results on disk, keyed by a hash of the article and the extraction's cache key.
///
/// Lives in `.briefing-cache/` beside content/ (never in output/). Each entry stores the key
/// and the article it was made from and is used only when both match exactly, so a changed
/// tool, changed parties or a hash collision all mean "extract again". Entries not used by a
/// build are deleted at its end; a cache that cannot be read or written is simply not used.
struct ExtractionCache: Sendable {
  /// Bump when the entry format changes.
  static let formatVersion = "1"

  let directory: URL?
  let key: String

  private struct Entry: Codable {
    var key: String
    var article: Article
    var briefing: Briefing
  }

  init(directory: URL?, key: String) {
    self.directory = directory
    self.key = Self.formatVersion + "|" + key
  }

  func fileName(for article: Article) -> String {
    var h = ContentHash()
    h.add(key)
    h.add((try? Self.encoder.encode(article)) ?? Data())
    return h.hex + ".json"
  }

  func lookup(_ article: Article) -> Briefing? {
    guard let directory else { return nil }
    let url = directory.appendingPathComponent(fileName(for: article))
    guard let data = try? Data(contentsOf: url),
      let entry = try? JSONDecoder().decode(Entry.self, from: data),
      entry.key == key, entry.article == article
    else { return nil }
    return entry.briefing
  }

  func store(_ briefing: Briefing, for article: Article) {
    guard let directory else { return }
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    guard let data = try? Self.encoder.encode(Entry(key: key, article: article, briefing: briefing))
    else { return }
    try? data.write(to: directory.appendingPathComponent(fileName(for: article)), options: .atomic)
  }

  /// Deletes entries other than `kept` (file names); only `*.json` files this cache writes.
  func prune(keeping kept: Set<String>) {
    guard let directory,
      let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
    else { return }
    for name in names where name.hasSuffix(".json") && name.count == 37 && !kept.contains(name) {
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  static var encoder: JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    return e
  }
}
