import Foundation

/// Finds links in the generated HTML that lead nowhere: a missing file or a missing `id`.
enum LinkChecker {
  /// `page: href` for every internal `href`/`src` whose file or fragment does not exist.
  static func brokenLinks(in files: [String: Data], basePath: String) -> [String] {
    var broken: [String] = []
    for (page, data) in files where page.hasSuffix(".html") {
      let html = String(decoding: data, as: UTF8.self)
      for link in links(in: html) {
        if link.hasPrefix("#") {
          if !hasID(String(link.dropFirst()), in: html) { broken.append("\(page): \(link)") }
          continue
        }
        if link.contains(":") || link.hasPrefix("//") { continue }  // external or scheme
        var path = link
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
          fragment = String(path[path.index(after: hash)...])
          path = String(path[..<hash])
        }
        if let q = path.firstIndex(of: "?") { path = String(path[..<q]) }
        let resolved: String
        if path.hasPrefix("/") {
          guard path.hasPrefix(basePath) else {
            broken.append("\(page): \(link)")
            continue
          }
          resolved = normalize(String(path.dropFirst(basePath.count)))
        } else {
          let dir = page.split(separator: "/").dropLast().joined(separator: "/")
          resolved = normalize(dir.isEmpty ? path : dir + "/" + path)
        }
        let file = resolved.isEmpty || resolved.hasSuffix("/") ? resolved + "index.html" : resolved
        guard let target = files[file] else {
          broken.append("\(page): \(link)")
          continue
        }
        if let fragment, !fragment.isEmpty,
          !hasID(fragment, in: String(decoding: target, as: UTF8.self))
        {
          broken.append("\(page): \(link) (no id)")
        }
      }
    }
    return broken.sorted()
  }

  static func links(in html: String) -> [String] {
    var result: [String] = []
    for attribute in ["href=\"", "src=\""] {
      var rest = html[...]
      while let r = rest.range(of: attribute) {
        rest = rest[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { break }
        result.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
        rest = rest[end...]
      }
    }
    return result
  }

  /// Whether an element has `id` (quoted, or bare as a sentence's `<li id=s12>`) or `name`.
  static func hasID(_ id: String, in html: String) -> Bool {
    html.contains("id=\"\(id)\"") || html.contains(" id=\(id)>") || html.contains("name=\"\(id)\"")
  }

  /// Resolves `.` and `..` segments; keeps a trailing slash.
  static func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for p in path.split(separator: "/", omittingEmptySubsequences: true) {
      if p == "." { continue }
      if p == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(p)
    }
    let joined = parts.joined(separator: "/")
    return path.hasSuffix("/") && !joined.isEmpty ? joined + "/" : joined
  }
}
