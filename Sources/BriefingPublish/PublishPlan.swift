/// What a publish will do, decided per file before anything is touched (as `hugo deploy` does).
public struct PublishPlan: Sendable, Equatable {
  /// Why a file is sent.
  public enum Reason: String, Sendable, Equatable {
    case missing = "new"
    case sizeDiffers = "size differs"
    case hashDiffers = "content differs"
    case hashUnknown = "target hash unknown"
  }

  /// A file to send, with why.
  public struct Upload: Sendable, Equatable {
    public var path: String
    public var size: Int64
    public var reason: Reason
  }

  /// Files the target lacks or holds in another version.
  public var uploads: [Upload] = []
  /// Files already identical on the target.
  public var unchanged: [String] = []
  /// Stale files this publish will remove.
  public var deletions: [String] = []
  /// Stale files left alone because there were more than the deletion cap allows.
  public var deletionsOverCap: [String] = []
  /// Files on the target that publish did not put there (kept unless forced).
  public var foreign: [String] = []
  /// `CNAME`, `.nojekyll`: never removed.
  public var kept: [String] = []

  public var newFiles: [Upload] { uploads.filter { $0.reason == .missing } }
  public var changedFiles: [Upload] { uploads.filter { $0.reason != .missing } }
  public var uploadBytes: Int64 { uploads.reduce(0) { $0 + $1.size } }
  public var isEmpty: Bool { uploads.isEmpty && deletions.isEmpty }
}

/// Compares the local site with what the target holds and decides every file's fate.
public struct PublishPlanner: Sendable {
  /// File names publish never deletes, wherever they are.
  public static let protectedNames: Set<String> = ["CNAME", ".nojekyll"]

  public var maxDeletes: Int

  public init(maxDeletes: Int = 256) {
    self.maxDeletes = maxDeletes
  }

  /// - Parameters:
  ///   - remote: what the target holds, by relative path.
  ///   - owned: the target paths a previous publish put there; nil when all of the target is
  ///     the site's (a dedicated branch, a bucket prefix) or when forced.
  public func plan(local: [LocalSite.File], remote: [String: FileDigest], owned: Set<String>?)
    -> PublishPlan
  {
    var plan = PublishPlan()
    let localPaths = Set(local.map(\.path))
    for file in local {
      guard let there = remote[file.path] else {
        plan.uploads.append(.init(path: file.path, size: file.digest.size, reason: .missing))
        continue
      }
      if there.size != file.digest.size {
        plan.uploads.append(.init(path: file.path, size: file.digest.size, reason: .sizeDiffers))
      } else if there.md5 == nil {
        plan.uploads.append(.init(path: file.path, size: file.digest.size, reason: .hashUnknown))
      } else if there.md5 != file.digest.md5 {
        plan.uploads.append(.init(path: file.path, size: file.digest.size, reason: .hashDiffers))
      } else {
        plan.unchanged.append(file.path)
      }
    }
    var stale: [String] = []
    for path in remote.keys.sorted() where !localPaths.contains(path) {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      if Self.protectedNames.contains(name) {
        plan.kept.append(path)
      } else if let owned, !owned.contains(path) {
        plan.foreign.append(path)
      } else {
        stale.append(path)
      }
    }
    if stale.count > maxDeletes {
      plan.deletionsOverCap = stale
    } else {
      plan.deletions = stale
    }
    return plan
  }
}
