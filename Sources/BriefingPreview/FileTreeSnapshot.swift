import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The size and modification time of every file under some folders, taken by polling.
///
/// Polling is simple and portable; two snapshots that differ mean something changed. Hidden
/// files and editor leftovers (`.file.swp`, `file~`) are left out so saving in an editor does
/// not count twice.
public struct FileTreeSnapshot: Sendable, Equatable {
  /// What identifies one version of a file.
  public struct Stamp: Sendable, Equatable {
    public var size: Int64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
  }

  public private(set) var files: [String: Stamp]

  public init(files: [String: Stamp] = [:]) {
    self.files = files
  }

  /// Takes a snapshot of each path: a folder is walked recursively, a file is stamped alone,
  /// a missing path contributes nothing (so creating it later counts as a change).
  ///
  /// The walk reads folders with `readdir` and stamps with one `lstat` per entry (a `stat` more
  /// only for a link): the preview polls a 10,000-article folder several times a second, and
  /// Foundation's enumerator made each poll cost 40 ms of CPU. Links to folders are not
  /// followed (a loop could never end); a link to a file is stamped as that file.
  public static func take(of paths: [String]) -> FileTreeSnapshot {
    var files: [String: Stamp] = [:]
    for path in paths {
      if let stamp = stamp(path), !isDirectory(path) {
        files[path] = stamp
        continue
      }
      walk(path, into: &files, depth: 0)
    }
    return FileTreeSnapshot(files: files)
  }

  /// Folders deeper than this are not walked (content/ is nowhere near it).
  static let maxDepth = 64

  private static func walk(_ folder: String, into files: inout [String: Stamp], depth: Int) {
    guard depth < maxDepth, let dir = opendir(folder) else { return }
    defer { closedir(dir) }
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if name == "." || name == ".." || isIgnored(name) { continue }
      let full = folder + "/" + name
      var info = stat()
      guard lstat(full, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFDIR: walk(full, into: &files, depth: depth + 1)
      case S_IFLNK:
        if !isDirectory(full), let stamp = stamp(full) { files[full] = stamp }
      default: files[full] = stamp(of: info)
      }
    }
  }

  /// Paths added, removed or modified between `self` and a later snapshot, sorted.
  public func changes(to later: FileTreeSnapshot) -> [String] {
    var changed: Set<String> = []
    for (path, stamp) in later.files where files[path] != stamp { changed.insert(path) }
    for path in files.keys where later.files[path] == nil { changed.insert(path) }
    return changed.sorted()
  }

  static func isIgnored(_ name: String) -> Bool {
    name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".tmp")
  }

  static func stamp(_ path: String) -> Stamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return stamp(of: info)
  }

  static func stamp(of info: stat) -> Stamp {
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return Stamp(
      size: Int64(info.st_size), modifiedSeconds: Int(time.tv_sec),
      modifiedNanoseconds: Int(time.tv_nsec))
  }

  static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
