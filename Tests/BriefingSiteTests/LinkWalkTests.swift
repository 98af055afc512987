import BriefingModels
import Testing

@testable import BriefingSite

@Suite("Every internal link resolves")
struct LinkWalkTests {
  static func walk(_ site: SiteBuild, basePath: String = "/briefing/") -> [String] {
    var broken: [String] = []
    for path in site.htmlPaths {
      let html = site.text(path)
      for href in SiteBuild.links(in: html) {
        guard let target = site.resolve(href, from: path, basePath: basePath) else { continue }
        guard let bytes = site.files[target.path] else {
          broken.append("\(path): \(href) → \(target.path) does not exist")
          continue
        }
        if let fragment = target.fragment, !fragment.isEmpty {
          let ids = SiteBuild.ids(in: String(decoding: bytes, as: UTF8.self))
          if !ids.contains(fragment) {
            broken.append("\(path): \(href) → no id \(fragment) in \(target.path)")
          }
        }
      }
    }
    return broken
  }

  @Test("on a one-page timeline")
  func onePage() throws {
    let broken = Self.walk(try SiteBuild())
    #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
  }

  @Test("on a timeline split into periods")
  func paginated() throws {
    let site = try SiteBuild(limit: 2)
    #expect(
      site.files["timeline/2025/06/index.html"] != nil, "split by month when a year is too long")
    #expect(
      !site.files.keys.contains { $0.hasPrefix("timeline/party/") },
      "a party's events are the one timeline's, filtered in the browser")
    let broken = Self.walk(site)
    #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
  }

  @Test("the sitemap and the feed point at pages that exist")
  func sitemap() throws {
    let site = try SiteBuild()
    for feed in ["sitemap.xml", "feed.xml"] {
      for match in site.text(feed).matches(
        of: /(?:<loc>|href=")https:\/\/example\.org\/briefing\/([^<"]*)/)
      {
        let rest = String(match.output.1)
        let path = rest.isEmpty ? "index.html" : rest.hasSuffix("/") ? rest + "index.html" : rest
        #expect(site.files[path] != nil, "\(feed): \(rest)")
      }
    }
  }
}
