import BriefingModels
import Foundation

@testable import BriefingSite

/// A site planned and rendered in memory: output path → bytes; every page prepared, so its
/// fingerprint is known.
struct SiteBuild {
  let pages: [Page]
  let files: [String: [UInt8]]

  init(
    renderer: SiteRenderer, corpus: Corpus = Fixtures.corpus(), config: SiteConfig = Fixtures.config
  ) throws {
    pages = renderer.plan(corpus: corpus, config: config).map { $0.prepared() }
    var files: [String: [UInt8]] = [:]
    for page in pages { files[page.path] = try renderer.render(page) }
    self.files = files
  }

  init(limit: Int? = nil, corpus: Corpus = Fixtures.corpus(), config: SiteConfig = Fixtures.config)
    throws
  {
    var renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    if let limit { renderer.timelinePageLimit = limit }
    try self.init(renderer: renderer, corpus: corpus, config: config)
  }

  func text(_ path: String) -> String { String(decoding: files[path] ?? [], as: UTF8.self) }

  var htmlPaths: [String] { files.keys.filter { $0.hasSuffix(".html") }.sorted() }

  /// Every `href`/`src` value in an HTML text.
  static func links(in html: String) -> [String] {
    html.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.output.1) }
  }

  static func ids(in html: String) -> [String] {
    // Quoted, or bare as a sentence's (`<li id=s12>`).
    html.matches(of: /\sid=(?:"([^"]*)"|([a-z0-9-]+))/).map { String($0.output.1 ?? $0.output.2!) }
  }

  /// Resolves `href` met on page `from` to an output path and fragment; nil for external links.
  func resolve(_ href: String, from: String, basePath: String) -> (path: String, fragment: String?)?
  {
    if href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") {
      return nil
    }
    var target = href
    var fragment: String?
    if let hash = target.firstIndex(of: "#") {
      fragment = String(target[target.index(after: hash)...])
      target = String(target[..<hash])
    }
    // A query (the timeline's filter, `?party=russia`) is read by script; the page is the path's.
    if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
    if target.isEmpty { return (from, fragment) }
    var parts: [Substring]
    if target.hasPrefix("/") {
      guard target.hasPrefix(basePath) else { return ("<outside base path>" + target, fragment) }
      parts = []
      target = String(target.dropFirst(basePath.count))
    } else {
      parts = from.split(separator: "/").dropLast()
    }
    for part in target.split(separator: "/", omittingEmptySubsequences: false) {
      switch part {
      case "..": if !parts.isEmpty { parts.removeLast() } else { return ("<above root>", fragment) }
      case ".", "": continue
      default: parts.append(part)
      }
    }
    var path = parts.joined(separator: "/")
    if target.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
    return (path, fragment)
  }
}
