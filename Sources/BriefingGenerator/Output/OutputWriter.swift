import BriefingModels
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The changes one build makes to output/: files to write (each already staged whole, see
/// `OutputStaging`) and files to remove.
struct WritePlan: Sendable {
  var writes: [(path: String, staged: String)]
  var removals: [String]
}

/// Applies a `WritePlan` to output/ as one transaction.
///
/// 1. Stage: every new file is written in full to `output/.briefing-staging/` while the pages
///    render (`OutputStaging`). A failure up to the commit deletes the staging folder; output/
///    is untouched.
/// 2. Journal: the list of changes (and the folders that will be created) is saved in staging.
/// 3. Commit: each old file is hard-linked (or moved) into staging as a backup, then the staged
///    file is renamed over it (one atomic rename: a reader sees the old or the new file, never
///    a half-written one); removed files are moved into staging.
/// 4. Deleting the journal is the commit point; then staging (with the backups) is deleted.
///
/// A failure during commit rolls every change back from the backups. If the process dies
/// during commit, the journal is still there and the next build's `recover()` rolls back first,
/// so output/ always ends as the complete old site or the complete new one.
struct OutputWriter {
  static let stagingName = ".briefing-staging"
  let root: URL
  var faults = FaultInjection()

  var staging: URL { root.appendingPathComponent(Self.stagingName) }
  var journalURL: URL { staging.appendingPathComponent("journal.json") }

  struct Journal: Codable {
    struct Entry: Codable {
      var path: String
      /// Staged file name for a write, nil for a removal.
      var staged: String?
      var backup: String
      var hadFile: Bool
    }
    var entries: [Entry]
    /// Folders below output/ that the commit creates, shallowest first.
    var newFolders: [String]
  }

  /// Thrown by a simulated kill (`FaultInjection.crashCommitAt`): no rollback happens.
  struct SimulatedCrash: Error, CustomStringConvertible {
    var description: String { "simulated crash during commit" }
  }

  /// A diagnostic about `path` below output/.
  func failure(_ problem: Problem, at path: String) -> Diagnostic {
    Diagnostic(problem, path: url(path).path)
  }

  /// Rolls back an interrupted commit, if the journal of one is present. True if it did.
  @discardableResult
  func recover() throws -> Bool {
    guard FileManager.default.fileExists(atPath: staging.path) else { return false }
    if let data = try? Data(contentsOf: journalURL),
      let journal = try? JSONDecoder().decode(Journal.self, from: data)
    {
      rollBack(journal)
      try FileManager.default.removeItem(at: staging)
      return true
    }
    try FileManager.default.removeItem(at: staging)
    return false
  }

  /// Commits `plan`, whose files `staging` holds; on failure, `staging` is discarded.
  func apply(_ plan: WritePlan, staging: OutputStaging) throws {
    let fm = FileManager.default
    var checked = FolderCheck(newFolders: [], hadFile: [])
    do {
      try staging.prepare()
      checked = try checkFolders(for: plan)
    } catch {
      staging.discard()
      throw error
    }
    let newFolders = checked.newFolders
    var entries: [Journal.Entry] = []
    entries.reserveCapacity(plan.writes.count + plan.removals.count)
    for (i, w) in plan.writes.enumerated() {
      entries.append(
        .init(path: w.path, staged: w.staged, backup: "b\(i)", hadFile: checked.hadFile[i]))
    }
    for (j, r) in plan.removals.enumerated() {
      entries.append(.init(path: r, staged: nil, backup: "r\(j)", hadFile: exists(r)))
    }
    let journal = Journal(entries: entries, newFolders: newFolders)
    do {
      try JSONEncoder().encode(journal).write(to: journalURL, options: .atomic)
    } catch {
      staging.discard()
      throw error
    }
    do {
      try commit(journal)
    } catch is SimulatedCrash {
      throw Diagnostic(.injectedFault(.crashDuringCommit), path: root.path)
    } catch {
      rollBack(journal)
      staging.discard()
      throw error
    }
    try fm.removeItem(at: journalURL)  // the commit point
    try? fm.removeItem(at: staging.folder)
    removeEmptyFolders(above: plan.removals)
  }

  private func url(_ path: String) -> URL { root.appendingPathComponent(path) }

  private func exists(_ path: String) -> Bool {
    var st = stat()
    return lstat(url(path).path, &st) == 0
  }

  /// What `checkFolders` found: the folders to create and, per write, whether a file is there.
  private struct FolderCheck {
    var newFolders: [String]
    var hadFile: [Bool]
  }

  /// Every folder on the way to a written file must be a real folder (never a symbolic link,
  /// which could lead outside output/) or not exist yet; each folder is looked at once, however
  /// many files it holds. Returns the folders to create and which written files exist already.
  private func checkFolders(for plan: WritePlan) throws -> FolderCheck {
    var missing: Set<String> = []
    var present: Set<String> = []
    var hadFile: [Bool] = []
    hadFile.reserveCapacity(plan.writes.count)
    for w in plan.writes {
      var prefix = ""
      for component in w.path.split(separator: "/").dropLast() {
        prefix += (prefix.isEmpty ? "" : "/") + component
        if present.contains(prefix) || missing.contains(prefix) { continue }
        var st = stat()
        if lstat(url(prefix).path, &st) != 0 {
          missing.insert(prefix)
        } else if (st.st_mode & S_IFMT) == S_IFLNK {
          throw failure(.symbolicLinkInOutput, at: prefix)
        } else if (st.st_mode & S_IFMT) != S_IFDIR {
          throw failure(.fileWhereFolderNeeded, at: prefix)
        } else {
          present.insert(prefix)
        }
      }
      var st = stat()
      let exists = lstat(url(w.path).path, &st) == 0
      if exists, (st.st_mode & S_IFMT) != S_IFREG {
        throw failure(.notARegularFileInOutput, at: w.path)
      }
      hadFile.append(exists)
    }
    let newFolders = missing.map { path in
      (depth: path.utf8.count(where: { $0 == UInt8(ascii: "/") }), path: path)
    }
    .sorted { ($0.depth, $0.path) < ($1.depth, $1.path) }.map(\.path)
    return FolderCheck(newFolders: newFolders, hadFile: hadFile)
  }

  /// Staged files are spread over this many folders: Linux locks a folder while a file is
  /// created in it, so cores creating files in one folder mostly wait for each other (measured:
  /// 6% of a 10,000-article build's CPU was spent spinning on that lock).
  static let stagingShards = 64

  /// Where the `i`th write is staged, relative to the staging folder.
  static func stagedName(_ i: Int) -> String { "\(i % stagingShards)/s\(i)" }

  /// Creates `path` with `bytes`; the reason when that failed.
  static func writeFile(_ path: String, _ bytes: [UInt8]) -> String? {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard fd >= 0 else { return String(cString: strerror(errno)) }
    var done = 0
    var failure: String?
    bytes.withUnsafeBytes { buffer in
      while done < buffer.count {
        let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else {
          failure = String(cString: strerror(errno))
          return
        }
        done += n
      }
    }
    if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
    return failure
  }

  private func commit(_ journal: Journal) throws {
    for folder in journal.newFolders {
      try posix(mkdir(url(folder).path, 0o755), folder, .createFolder)
    }
    for (k, e) in journal.entries.enumerated() {
      if faults.crashCommitAt == k { throw SimulatedCrash() }
      if faults.failCommitAt == k {
        throw failure(.injectedFault(.committing), at: e.path)
      }
      let final = url(e.path).path
      let backup = staging.appendingPathComponent(e.backup).path
      if let staged = e.staged {
        if e.hadFile, link(final, backup) != 0 {
          try posix(rename(final, backup), e.path, .keepBackup)
        }
        try posix(
          rename(staging.appendingPathComponent(staged).path, final), e.path, .replace)
      } else if e.hadFile {
        try posix(rename(final, backup), e.path, .remove)
      }
    }
  }

  private func posix(_ result: Int32, _ path: String, _ operation: Problem.OutputOperation) throws {
    guard result == 0 else {
      throw failure(
        .outputOperationFailed(operation, reason: String(cString: strerror(errno))), at: path)
    }
  }

  /// Puts every journalled path back as it was; tolerant of a commit stopped at any point.
  private func rollBack(_ journal: Journal) {
    for e in journal.entries.reversed() {
      let final = url(e.path).path
      let backup = staging.appendingPathComponent(e.backup).path
      if e.hadFile {
        if FileManager.default.fileExists(atPath: backup) { _ = rename(backup, final) }
      } else if e.staged != nil {
        _ = unlink(final)
      }
    }
    for folder in journal.newFolders.reversed() { _ = rmdir(url(folder).path) }
  }

  /// After removals, deletes folders left empty (never output/ itself, never a non-empty one).
  private func removeEmptyFolders(above removed: [String]) {
    var folders: Set<String> = []
    for path in removed {
      var parts = path.split(separator: "/").dropLast()
      while !parts.isEmpty {
        folders.insert(parts.joined(separator: "/"))
        parts = parts.dropLast()
      }
    }
    for folder in folders.sorted(by: { $0.count > $1.count }) { _ = rmdir(url(folder).path) }
  }
}
