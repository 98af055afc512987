import Foundation
import Testing

@testable import BriefingPublish

@Suite("git: commits the site to a branch of a real bare repository, keeping its history")
struct GitPublishTests {
  let fixture: PublishFixture
  var remote: String { fixture.base + "/remote.git" }

  init() throws {
    fixture = try PublishFixture()
    try git(["init", "--quiet", "--bare", remote], in: fixture.base)
  }

  @discardableResult
  func git(_ arguments: [String], in folder: String) throws -> String {
    try GitRunner(directory: folder).run(arguments)
  }

  /// A fresh clone of the published branch.
  func clone(_ name: String, branch: String = "gh-pages") throws -> String {
    let folder = fixture.base + "/" + name
    try git(["clone", "--quiet", "--branch", branch, remote, folder], in: fixture.base)
    return folder
  }

  @Test("publish, republish unchanged (no commit), publish a change (history kept)")
  func history() async throws {
    let (first, _) = try await fixture.publish("git:\(remote)")
    #expect(first.commit != nil)
    let firstClone = try clone("first")
    #expect(fixture.exists(firstClone + "/.nojekyll"))
    #expect(try fixture.read(firstClone + "/briefings/talks/index.html").contains("<h1>Talks</h1>"))
    #expect(!fixture.exists(firstClone + "/" + LocalSite.buildManifestName))
    #expect(try git(["rev-list", "--count", "gh-pages"], in: remote) == "1")

    let (again, _) = try await fixture.publish("git:\(remote)")
    #expect(again.commit == nil)
    #expect(again.plan.uploads.isEmpty)
    #expect(try git(["rev-list", "--count", "gh-pages"], in: remote) == "1")

    try fixture.writeSite(["index.html": "<h1>Home, second edition</h1>"])
    let (third, _) = try await fixture.publish("git:\(remote)")
    #expect(third.commit != nil)
    #expect(third.plan.deletions.count == 5)
    #expect(try git(["rev-list", "--count", "gh-pages"], in: remote) == "2")
    let latest = try clone("latest")
    #expect(try fixture.files(under: latest) == [".nojekyll", "index.html"])
    #expect(
      try git(["show", "HEAD~1:briefings/talks/index.html"], in: latest).contains("<h1>Talks</h1>"))
  }

  @Test("a CNAME committed to the branch by hand survives publishing")
  func cnameSurvives() async throws {
    _ = try await fixture.publish("git:\(remote)#site")
    let work = try clone("work", branch: "site")
    try fixture.write("briefing.example.org", to: work + "/CNAME")
    try git(["add", "CNAME"], in: work)
    try git(
      [
        "-c", "user.name=Editor", "-c", "user.email=e@example.org", "commit", "--quiet", "-m",
        "CNAME",
      ], in: work)
    try git(["push", "--quiet", "origin", "site"], in: work)

    try fixture.writeSite(["index.html": "<h1>new</h1>"])
    let (report, _) = try await fixture.publish("git:\(remote)#site")
    #expect(report.plan.kept.sorted() == [".nojekyll", "CNAME"])
    let after = try clone("after", branch: "site")
    #expect(try fixture.read(after + "/CNAME") == "briefing.example.org")
    #expect(try git(["rev-list", "--count", "site"], in: remote) == "3")
  }

  @Test("a dry run against the branch pushes nothing")
  func dryRun() async throws {
    let (report, _) = try await fixture.publish("git:\(remote)", dryRun: true)
    #expect(report.plan.uploads.count == 6)
    #expect(try git(["branch", "--list"], in: remote).isEmpty)
  }
}
