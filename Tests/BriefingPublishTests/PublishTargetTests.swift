import Testing

@testable import BriefingPublish

@Suite("Publish targets are parsed from the command line")
struct PublishTargetTests {
  @Test("dir:, git: with and without a branch, s3:// with and without a prefix")
  func parses() throws {
    #expect(try PublishTarget(parsing: "dir:../site") == .directory(path: "../site"))
    #expect(
      try PublishTarget(parsing: "git:../repo.git")
        == .git(remote: "../repo.git", branch: "gh-pages"))
    #expect(
      try PublishTarget(parsing: "git:git@github.com:org/site.git#main")
        == .git(remote: "git@github.com:org/site.git", branch: "main"))
    #expect(try PublishTarget(parsing: "s3://bucket") == .s3(bucket: "bucket", prefix: ""))
    #expect(
      try PublishTarget(parsing: "s3://bucket/site/en/") == .s3(bucket: "bucket", prefix: "site/en")
    )
  }

  @Test(
    "anything else is refused with a hint",
    arguments: [
      "ftp://x", "dir:", "git:", "git:repo#", "git:repo#-x", "s3://", "s3:///prefix", "s3://b/../x",
    ])
  func refuses(text: String) {
    #expect(throws: PublishError.self) { try PublishTarget(parsing: text) }
  }
}
