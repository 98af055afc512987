import Foundation
import Testing

@testable import BriefingPreview

@Suite("Request paths map to files inside output/ and nowhere else")
final class SitePathResolverTests {
  let site: SiteFixture
  let resolver: SitePathResolver

  init() throws {
    site = try SiteFixture()
    resolver = SitePathResolver(root: site.root)
  }

  deinit { site.remove() }

  private func real(_ relative: String) -> String {
    SitePathResolver.realPath(site.root + "/" + relative)!
  }

  @Test("a folder with its slash serves its index.html")
  func folderIndex() {
    #expect(resolver.resolve("/") == .file(real("index.html")))
    #expect(resolver.resolve("/briefings/talks/") == .file(real("briefings/talks/index.html")))
  }

  @Test("a folder without its slash redirects to it")
  func folderRedirect() {
    #expect(resolver.resolve("/briefings/talks") == .redirect(location: "/briefings/talks/"))
  }

  @Test("a redirect never points to another host")
  func redirectStaysOnSite() {
    #expect(resolver.resolve("//briefings") == .redirect(location: "/briefings/"))
  }

  @Test("percent-encoded names are decoded once")
  func encodedNames() {
    #expect(resolver.resolve("/notes%20with%20spaces.txt") == .file(real("notes with spaces.txt")))
  }

  @Test("missing files are not found")
  func missing() {
    #expect(resolver.resolve("/nope.html") == .notFound)
    #expect(resolver.resolve("/briefings/nope/") == .notFound)
  }

  @Test(
    "dot segments, encoded dots and encoded separators are refused",
    arguments: [
      "/../secret.txt", "/briefings/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
      "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/briefings%2F..%2F..%2Fsecret.txt",
      "/..%5csecret.txt", "/./index.html", "/index.html%00.css", "relative.html",
    ])
  func traversalRefused(path: String) {
    #expect(resolver.resolve(path) == .refused)
  }

  @Test("symlinks that lead out of output/ are refused; those that stay inside are served")
  func symlinks() {
    #expect(resolver.resolve("/leak.txt") == .refused)
    #expect(resolver.resolve("/private-link/secret.txt") == .refused)
    #expect(resolver.resolve("/private-link/") == .refused)
    #expect(resolver.resolve("/inside-link.css") == .file(real("assets/site.css")))
  }
}
