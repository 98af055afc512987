import Testing

@testable import BriefingPublish

@Suite("Each file's fate is decided before anything is touched")
struct PublishPlannerTests {
  let local: [LocalSite.File]

  init() {
    local = [
      LocalSite.File(path: "index.html", digest: FileDigest(of: Array("home".utf8))),
      LocalSite.File(path: "a.css", digest: FileDigest(of: Array("body{}".utf8))),
      LocalSite.File(path: "b.html", digest: FileDigest(of: Array("bbbb".utf8))),
      LocalSite.File(path: "c.html", digest: FileDigest(of: Array("cccc".utf8))),
    ]
  }

  @Test("missing, size differs, hash differs, hash unknown, unchanged")
  func perFile() {
    let remote: [String: FileDigest] = [
      "index.html": FileDigest(of: Array("home".utf8)),
      "a.css": FileDigest(of: Array("body{ }".utf8)),
      "b.html": FileDigest(of: Array("BBBB".utf8)),
      "c.html": FileDigest(size: 4, md5: nil),
    ]
    let plan = PublishPlanner().plan(local: local, remote: remote, owned: nil)
    #expect(plan.unchanged == ["index.html"])
    #expect(
      plan.uploads.map { "\($0.path): \($0.reason.rawValue)" } == [
        "a.css: size differs", "b.html: content differs", "c.html: target hash unknown",
      ])
    #expect(plan.uploadBytes == 6 + 4 + 4)
  }

  @Test("stale files are deleted only when owned; CNAME and .nojekyll never")
  func staleFiles() {
    let remote: [String: FileDigest] = [
      "old.html": FileDigest(of: [1]), "editor-notes.txt": FileDigest(of: [2]),
      "CNAME": FileDigest(of: [3]), ".nojekyll": FileDigest(of: []),
    ]
    let plan = PublishPlanner().plan(local: local, remote: remote, owned: ["old.html", "CNAME"])
    #expect(plan.deletions == ["old.html"])
    #expect(plan.foreign == ["editor-notes.txt"])
    #expect(plan.kept.sorted() == [".nojekyll", "CNAME"])
    #expect(plan.newFiles.count == 4)
  }

  @Test("more stale files than the cap means none are deleted")
  func deletionCap() {
    let remote = Dictionary(
      uniqueKeysWithValues: (0..<5).map { ("old\($0).html", FileDigest(of: [UInt8($0)])) })
    let capped = PublishPlanner(maxDeletes: 4).plan(local: local, remote: remote, owned: nil)
    #expect(capped.deletions.isEmpty)
    #expect(capped.deletionsOverCap.count == 5)
    let allowed = PublishPlanner(maxDeletes: 5).plan(local: local, remote: remote, owned: nil)
    #expect(allowed.deletions.count == 5)
  }

  @Test("the summary names counts and bytes")
  func summary() {
    let plan = PublishPlanner().plan(local: local, remote: [:], owned: nil)
    #expect(
      PublishSummary.plan(plan, target: "dir:x")
        == ["plan for dir:x: 4 new, 0 changed, 0 unchanged, 0 to delete (18 B to upload)"])
    #expect(PublishSummary.bytes(1536) == "1.5 KiB")
  }
}
