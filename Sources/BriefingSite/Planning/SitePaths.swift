import BriefingModels
import BriefingStore

/// Where each page lives: output paths (`briefings/<name>/index.html`, the name a short hash of
/// the briefing's id) and the URLs that point at them (`briefings/<name>/`), all built from the
/// safe slug alphabet.
public enum SitePaths {
  static let home = "index.html"
  static let timeline = "timeline/index.html"
  static let parties = "parties/index.html"
  static let search = "search/index.html"
  /// Every disagreement between sources (``Disagreement``).
  static let disagreements = "disagreements/index.html"
  static let notFound = "404.html"
  static let feed = "feed.xml"
  static let sitemap = "sitemap.xml"
  /// The small index of the site's data: each briefing's id, title, date, page and JSON.
  static let dataIndex = "index.json"
  /// What the timeline's filter script reads: each event's period, kind, parties and day.
  static let timelineData = "timeline/events.json"
  /// The search index's manifest; its shards live beside it (``SearchShards``).
  static let searchManifest = "search/index.json"

  public static func briefing(_ id: String) -> String { "briefings/\(briefingName(id))/index.html" }
  public static func party(_ id: String) -> String { "parties/\(segment(id))/index.html" }
  /// A briefing's JSON (the JSON contract), beside its page.
  public static func briefingJSON(_ id: String) -> String {
    "briefings/\(briefingName(id))/briefing.json"
  }

  /// A briefing's folder, its ``ShortName``: the same for the same file name in every
  /// build, whatever else the corpus holds. Short because every timeline row, party page and
  /// search record links to briefings (the slug of a file name, 70 to 95 bytes, made a third of
  /// those pages); the title is on the page.
  public static func briefingName(_ id: String) -> String { ShortName.of(id) }

  /// The URL of a page relative to the site root: `briefings/x/` for `briefings/x/index.html`.
  static func url(_ path: String) -> String {
    path == "index.html"
      ? "" : path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
  }

  /// An id as a path segment or fragment: kept when already in the safe alphabet, else slugged.
  static func segment(_ id: String) -> String {
    func safe(_ byte: UInt8) -> Bool {
      (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45
    }
    // On the contiguous bytes where there are some: iterating the UTF-8 view byte by byte cost
    // 0.3 G instructions of a cold 1k build, ids being looked at for every link.
    let allSafe =
      id.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(safe) }
      ?? id.utf8.allSatisfy(safe)
    return !id.isEmpty && allSafe ? id : Slug.make(id)
  }

  /// A timeline event's anchor, `event-` and its ``ShortName``: written as its id on the
  /// timeline and in every link to it (key dates, party pages, search), where the id itself
  /// (`2025-06-23-sanction-united-nations-security-council`) cost ~40 bytes a time.
  static func eventAnchor(_ id: String) -> String { "event-" + eventName(id) }
  /// An event's name in `timeline/events.json`, the anchor without `event-` (timeline.js).
  static func eventName(_ id: String) -> String { ShortName.of(id) }
  static func sentenceAnchor(_ index: Int) -> String { "s\(index + 1)" }
  /// A statement on its page, `st3`: short, as each is written twice on a briefing page (its
  /// id, the link back from its sentence).
  static func statementAnchor(_ index: Int) -> String { "st\(index + 1)" }
  /// A briefing's key date, `e3` (its events by date): short for the same reason.
  static func keyDateAnchor(_ index: Int) -> String { "e\(index + 1)" }
  /// A disagreement on the index page: its id starts with its kind (`date-`, `actor-`).
  static func disagreementAnchor(_ id: String) -> String { segment(id) }
}

/// Builds links from one page to others: relative (`../../timeline/`) so the site works under
/// any base path, or absolute from the base path for pages served at any URL (404.html).
/// A relative link climbs only out of the folders the two pages do not share: `../putin/`
/// from one party page to another, not `../../parties/putin/`.
struct Linker: Sendable {
  /// Prepended to root-relative URLs when absolute.
  let root: String
  /// Output path of the page the links are on, when relative: a link to a place on the same
  /// page is then only its fragment (`#s3`).
  let page: String?
  /// The folder of the page the links are on (`parties/putin/`), when relative.
  private let folder: [UInt8]

  init(pagePath: String) {
    root = String(repeating: "../", count: pagePath.filter { $0 == "/" }.count)
    page = pagePath
    let bytes = Array(pagePath.utf8)
    folder = Array(bytes[..<((bytes.lastIndex(of: 47) ?? -1) + 1)])
  }

  init(absoluteBase: String) {
    root = absoluteBase
    page = nil
    folder = []
  }

  /// Link to the page at output path `path`, with an optional fragment.
  func to(_ path: String, anchor: String? = nil) -> String {
    if let anchor, path == page { return "#" + anchor }
    var href = page == nil ? root + SitePaths.url(path) : relative(SitePaths.url(path))
    if href.isEmpty { href = "./" }
    if let anchor { href += "#" + anchor }
    return href
  }

  /// `url` (from the site root) from this page's folder: up out of the folders not shared,
  /// then down.
  private func relative(_ url: String) -> String {
    var url = url
    return url.withUTF8 { target in
      var shared = 0
      var i = 0
      while i < folder.count, i < target.count, folder[i] == target[i] {
        if folder[i] == 47 { shared = i + 1 }
        i += 1
      }
      var ups = 0
      for byte in folder[shared...] where byte == 47 { ups += 1 }
      var out = [UInt8]()
      out.reserveCapacity(3 * ups + target.count - shared)
      for _ in 0..<ups { out.append(contentsOf: [46, 46, 47]) }
      out.append(contentsOf: target[shared...])
      return String(decoding: out, as: UTF8.self)
    }
  }

  func asset(_ name: String) -> String { root + "assets/" + name }
}

extension SiteConfig {
  /// The base URL with exactly one trailing slash.
  var normalizedBaseURL: String { baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }

  /// The path part of the base URL (`/briefing/` for `https://example.org/briefing/`).
  var basePath: String {
    var rest = normalizedBaseURL[...]
    if let scheme = rest.range(of: "://") {
      rest = rest[scheme.upperBound...]
      rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
    }
    return String(rest)
  }
}
