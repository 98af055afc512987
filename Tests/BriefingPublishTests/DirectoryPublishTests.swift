import Foundation
import Testing

@testable import BriefingPublish

@Suite("dir: keeps a folder in step with the site and removes only its own stale files")
struct DirectoryPublishTests {
  let fixture: PublishFixture
  var target: String { fixture.base + "/public" }

  init() throws { fixture = try PublishFixture() }

  @Test("the first publish writes everything; an unchanged republish writes nothing")
  func firstAndRepeat() async throws {
    let (first, log) = try await fixture.publish("dir:\(target)")
    #expect(first.uploaded == 6)
    #expect(
      log.first
        == "plan for dir:\(target): 6 new, 0 changed, 0 unchanged, 0 to delete (199 B to upload)")
    #expect(try fixture.read(target + "/briefings/talks/index.html").contains("<h1>Talks</h1>"))
    #expect(!fixture.exists(target + "/" + LocalSite.buildManifestName))
    let manifestBefore = try fixture.read(target + "/" + DirectoryManifest.fileName)

    let (second, _) = try await fixture.publish("dir:\(target)")
    #expect(second.uploaded == 0)
    #expect(second.plan.unchanged.count == 6)
    #expect(second.deleted == 0)
    #expect(try fixture.read(target + "/" + DirectoryManifest.fileName) == manifestBefore)
  }

  @Test(
    "a changed page is rewritten and a page gone from the site is removed, with its empty folder")
  func changesAndStale() async throws {
    _ = try await fixture.publish("dir:\(target)")
    try fixture.writeSite([
      "index.html": "<!doctype html><title>Home</title><h1>Home, updated</h1>",
      "assets/site.css": "body { color: black }",
      "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
      "timeline.json": "{\"events\":[]}",
      "feed.xml": "<?xml version=\"1.0\"?><feed/>",
    ])
    let (report, _) = try await fixture.publish("dir:\(target)")
    #expect(report.plan.changedFiles.map(\.path) == ["index.html"])
    #expect(report.plan.deletions == ["briefings/talks/index.html"])
    #expect(!fixture.exists(target + "/briefings"))
    #expect(try fixture.read(target + "/index.html").contains("updated"))
  }

  @Test(
    "files publish did not write, CNAME and .nojekyll survive; --force removes the first kind only")
  func foreignFiles() async throws {
    try fixture.write("example.org", to: target + "/CNAME")
    try fixture.write("", to: target + "/.nojekyll")
    try fixture.write("keep me", to: target + "/editor-notes.txt")
    let (report, log) = try await fixture.publish("dir:\(target)")
    #expect(report.plan.foreign == ["editor-notes.txt"])
    #expect(log.contains("keeping 1 files publish did not put there (--force to remove)"))
    #expect(fixture.exists(target + "/editor-notes.txt"))

    let (forced, _) = try await fixture.publish(
      "dir:\(target)", settings: .init(force: true, environment: [:]))
    #expect(forced.plan.deletions == ["editor-notes.txt"])
    #expect(!fixture.exists(target + "/editor-notes.txt"))
    #expect(try fixture.read(target + "/CNAME") == "example.org")
    #expect(fixture.exists(target + "/.nojekyll"))
  }

  @Test("a dry run lists what it would do and changes nothing")
  func dryRun() async throws {
    let (report, log) = try await fixture.publish("dir:\(target)", dryRun: true)
    #expect(report.uploaded == 0)
    #expect(report.plan.uploads.count == 6)
    #expect(log.contains("upload index.html (new, 47 B)"))
    #expect(!fixture.exists(target))
    #expect(
      PublishSummary.result(report) == "dry run: nothing changed (6 would be uploaded, 0 deleted)")
  }

  @Test("more stale files than --max-deletes allows: none deleted, a warning, and they stay owned")
  func cap() async throws {
    _ = try await fixture.publish("dir:\(target)")
    try fixture.writeSite(["index.html": "<h1>only</h1>"])
    let capped = Publisher.Settings(maxDeletes: 2, environment: [:])
    let (report, log) = try await fixture.publish("dir:\(target)", settings: capped)
    #expect(report.deleted == 0)
    #expect(report.plan.deletionsOverCap.count == 5)
    #expect(log.contains { $0.hasPrefix("warning: 5 stale files exceed the deletion cap") })
    #expect(fixture.exists(target + "/feed.xml"))
    let (later, _) = try await fixture.publish("dir:\(target)")
    #expect(later.deleted == 5)
    #expect(try fixture.files(under: target) == [DirectoryManifest.fileName, "index.html"])
  }

  @Test("an output folder without a completed build is refused")
  func incompleteBuild() async throws {
    try FileManager.default.removeItem(atPath: fixture.output + "/" + LocalSite.buildManifestName)
    await #expect(
      throws: PublishError.noCompletedBuild(
        output: fixture.output, missing: LocalSite.buildManifestName)
    ) {
      _ = try await fixture.publish("dir:\(target)")
    }
    #expect(!fixture.exists(target))
  }

  @Test("a target folder reached through a link cannot make publish write outside it")
  func linkInTarget() async throws {
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: fixture.base + "/elsewhere", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: target + "/assets", withDestinationPath: fixture.base + "/elsewhere")
    await #expect(throws: PublishError.unsafePath("assets/logo.svg")) {
      _ = try await fixture.publish("dir:\(target)")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: fixture.base + "/elsewhere").isEmpty)
  }
}
