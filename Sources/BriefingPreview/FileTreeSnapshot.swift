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
  public static func take(of paths: [String]) -> FileTreeSnapshot {
    var files: [String: Stamp] = [:]
    for path in paths {
      if let stamp = stamp(path), !isDirectory(path) {
        files[path] = stamp
        continue
      }
      guard let walker = FileManager.default.enumerator(atPath: path) else { continue }
      while let relative = walker.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if isIgnored(name) {
          if isDirectory(path + "/" + relative) { walker.skipDescendants() }
          continue
        }
        let full = path + "/" + relative
        if !isDirectory(full), let stamp = stamp(full) { files[full] = stamp }
      }
    }
    return FileTreeSnapshot(files: files)
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
