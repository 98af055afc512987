import Foundation

/// `git:REMOTE[#BRANCH]`: commits the site to a branch and pushes it, GitHub Pages style.
///
/// The branch is fetched into a temporary work folder (its history kept), its files replaced by
/// the site's plus a `.nojekyll`, and a commit is made and pushed only when something changed.
/// The branch belongs to the site: stale files are removed (history still has them), except
/// `CNAME` and `.nojekyll`.
struct GitDestination: PublishDestination {
  let remote: String
  let branch: String
  let workFolder: String

  init(remote: String, branch: String) {
    // A local remote given relative to where the command runs must survive the change of folder.
    if !remote.contains("://"), !remote.contains("@"),
      FileManager.default.fileExists(atPath: remote)
    {
      self.remote = URL(fileURLWithPath: remote).standardizedFileURL.path
    } else {
      self.remote = remote
    }
    self.branch = branch
    self.workFolder = (NSTemporaryDirectory() as NSString)
      .appendingPathComponent("briefing-publish-\(UUID().uuidString)")
  }

  private var work: GitRunner { GitRunner(directory: workFolder) }

  func inventory() async throws -> (files: [String: FileDigest], owned: Set<String>?) {
    try FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
    try work.run(["init", "--quiet"])
    try work.run(["remote", "add", "origin", remote])
    let heads = try work.run(["ls-remote", "--heads", "origin", "refs/heads/\(branch)"])
    if heads.isEmpty {
      try work.run(["checkout", "--quiet", "--orphan", branch])
    } else {
      try work.run([
        "fetch", "--quiet", "origin", "refs/heads/\(branch):refs/remotes/origin/\(branch)",
      ])
      try work.run(["checkout", "--quiet", "-b", branch, "refs/remotes/origin/\(branch)"])
    }
    var files: [String: FileDigest] = [:]
    for path in try FileWalk.regularFiles(under: workFolder, skipping: [".git"]) {
      files[path] = try FileDigest.ofFile(
        atPath: (workFolder as NSString).appendingPathComponent(path))
    }
    return (files, nil)
  }

  func apply(_ plan: PublishPlan, from site: LocalSite) async throws -> String? {
    let folder = DirectoryDestination(root: workFolder, force: true)
    try folder.writeAndDelete(plan, from: site)
    let nojekyll = (workFolder as NSString).appendingPathComponent(".nojekyll")
    if !FileManager.default.fileExists(atPath: nojekyll) {
      _ = FileManager.default.createFile(atPath: nojekyll, contents: Data())
    }
    try work.run(["add", "--all", "."])
    let staged = try work.attempt(["diff", "--cached", "--quiet"])
    guard staged.status != 0 else { return nil }
    try work.run(
      [
        "commit", "--quiet", "-m",
        "Publish site: \(plan.uploads.count) files written, \(plan.deletions.count) removed",
      ],
      environment: identity())
    try work.run(["push", "--quiet", "origin", "HEAD:refs/heads/\(branch)"])
    return try work.run(["rev-parse", "--short", "HEAD"])
  }

  func close() async {
    try? FileManager.default.removeItem(atPath: workFolder)
  }

  /// The committer's identity from git's own configuration, else a neutral one.
  private func identity() throws(PublishError) -> [String: String] {
    let configured = try work.attempt(["config", "user.email"])
    let environment = ProcessInfo.processInfo.environment
    guard configured.status != 0, environment["GIT_AUTHOR_EMAIL"] == nil else { return [:] }
    return [
      "GIT_AUTHOR_NAME": "Briefing", "GIT_AUTHOR_EMAIL": "briefing@localhost",
      "GIT_COMMITTER_NAME": "Briefing", "GIT_COMMITTER_EMAIL": "briefing@localhost",
    ]
  }
}
