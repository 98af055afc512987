import Foundation

/// Where `briefing publish` sends the site, parsed from its TARGET argument.
public enum PublishTarget: Sendable, Equatable, CustomStringConvertible {
  /// `dir:PATH`: a folder, synchronised file by file.
  case directory(path: String)
  /// `git:REMOTE[#BRANCH]`: a branch (default `gh-pages`) committed and pushed, GitHub Pages style.
  case git(remote: String, branch: String)
  /// `s3://BUCKET[/PREFIX]`: keys under a prefix of an S3-compatible bucket.
  case s3(bucket: String, prefix: String)

  public static let defaultGitBranch = "gh-pages"

  /// Parses `dir:PATH`, `git:REMOTE[#BRANCH]` or `s3://BUCKET[/PREFIX]`.
  public init(parsing text: String) throws(PublishError) {
    if text.hasPrefix("dir:") {
      let path = String(text.dropFirst(4))
      guard !path.isEmpty else {
        throw .invalidTarget(text, "dir: needs a folder, as in dir:../site")
      }
      self = .directory(path: path)
    } else if text.hasPrefix("git:") {
      let rest = String(text.dropFirst(4))
      let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(
        String.init)
      let remote = parts[0]
      let branch = parts.count > 1 ? parts[1] : Self.defaultGitBranch
      guard !remote.isEmpty else {
        throw .invalidTarget(text, "git: needs a remote, as in git:../repo.git#gh-pages")
      }
      guard Self.isPlausibleBranch(branch) else {
        throw .invalidTarget(text, "'\(branch)' is not a branch name")
      }
      self = .git(remote: remote, branch: branch)
    } else if text.hasPrefix("s3://") {
      let rest = text.dropFirst(5)
      let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(
        String.init)
      let bucket = parts[0]
      guard !bucket.isEmpty else {
        throw .invalidTarget(text, "s3:// needs a bucket, as in s3://bucket/prefix")
      }
      let prefix = parts.count > 1 ? parts[1].split(separator: "/").joined(separator: "/") : ""
      guard !prefix.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
        throw .invalidTarget(text, "the prefix may not contain . or .. segments")
      }
      self = .s3(bucket: bucket, prefix: prefix)
    } else {
      throw .invalidTarget(text, "expected dir:PATH, git:REMOTE[#BRANCH] or s3://BUCKET[/PREFIX]")
    }
  }

  public var description: String {
    switch self {
    case .directory(let path): "dir:\(path)"
    case .git(let remote, let branch): "git:\(remote)#\(branch)"
    case .s3(let bucket, let prefix): prefix.isEmpty ? "s3://\(bucket)" : "s3://\(bucket)/\(prefix)"
    }
  }

  static func isPlausibleBranch(_ name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix("-") && !name.contains("..") && !name.contains(" ")
      && !name.hasSuffix("/") && !name.hasSuffix(".lock")
  }
}
