import BriefingModels
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The staging folder of one build (`output/.briefing-staging/`), filled while pages render:
/// each changed file is written whole as soon as its bytes exist, so a build holds only the
/// pages in flight instead of every changed page until the write step.
///
/// Nothing is created until the first file is staged, so a build with nothing to write does not
/// touch output/ at all. `discard` removes the folder (and output/ itself when this build made
/// it); `OutputWriter.apply` commits what was staged.
final class OutputStaging: @unchecked Sendable {
  let root: URL
  let faults: FaultInjection
  private let lock = NSLock()
  private var staged = 0
  private var created = false
  private let rootExisted: Bool

  var folder: URL { root.appendingPathComponent(OutputWriter.stagingName) }

  init(root: URL, faults: FaultInjection = FaultInjection()) {
    self.root = root
    self.faults = faults
    rootExisted = FileManager.default.fileExists(atPath: root.path)
  }

  /// Writes `bytes`, which will become `path`; returns the staged file's name in the folder.
  func stage(_ bytes: [UInt8], for path: String) throws -> String {
    let i: Int = try lock.withLock {
      try createIfNeeded()
      defer { staged += 1 }
      return staged
    }
    if faults.failStagingAt == i {
      throw Diagnostic(.injectedFault(.staging), path: root.appendingPathComponent(path).path)
    }
    let name = OutputWriter.stagedName(i)
    if let problem = OutputWriter.writeFile(folder.path + "/" + name, bytes) {
      throw Diagnostic(
        .outputOperationFailed(.stage, reason: problem),
        path: root.appendingPathComponent(path).path)
    }
    return name
  }

  /// Makes sure the folder exists (a build that only removes files needs it for backups).
  func prepare() throws {
    try lock.withLock { try createIfNeeded() }
  }

  /// Removes the folder and what is in it; and output/ when this build created it.
  func discard() {
    lock.withLock {
      guard created else { return }
      try? FileManager.default.removeItem(at: folder)
      if !rootExisted { try? FileManager.default.removeItem(at: root) }
      created = false
    }
  }

  /// The folder and its shards, made once. A leftover folder was already dealt with by
  /// `OutputWriter.recover()` at the start of the build; one that appeared since is replaced.
  private func createIfNeeded() throws {
    guard !created else { return }
    let fm = FileManager.default
    do {
      try fm.createDirectory(at: root, withIntermediateDirectories: true)
      try? fm.removeItem(at: folder)
      try fm.createDirectory(at: folder, withIntermediateDirectories: false)
      for shard in 0..<OutputWriter.stagingShards {
        guard mkdir(folder.path + "/\(shard)", 0o755) == 0 else {
          throw Diagnostic(
            .outputOperationFailed(.createStaging, reason: String(cString: strerror(errno))),
            path: folder.path)
        }
      }
    } catch {
      try? fm.removeItem(at: folder)
      if !rootExisted { try? fm.removeItem(at: root) }
      throw error
    }
    created = true
  }
}
