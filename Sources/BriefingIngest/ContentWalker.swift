import BriefingModels
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the article files under `content/`: `.md`, `.markdown` and `.txt`, in subfolders too,
/// in a stable (sorted) order.
///
/// Dotfiles and dot-folders are ignored, and so are `README.*` files (notes for editors).
/// Symbolic links are followed, but a link back to an enclosing folder (a loop), a folder or
/// file reached a second time, a dangling link, or nesting deeper than
/// `IngestLimits.maxFolderDepth` is skipped with a warning.
///
/// Paths are built as strings and each entry is looked at with one `stat` (its result is the
/// file's `FileSignature`): a rebuild of a large site walks it many times faster than with
/// `URL`s and a `stat` per question.
struct ContentWalker {
  static let articleExtensions: Set<String> = ["md", "markdown", "txt"]

  struct Found: Sendable {
    /// The file's path, as the walk reached it (links not resolved).
    var path: String
    var displayPath: String
    /// The file as `stat` saw it during the walk, before it is read.
    var signature: FileSignature
    var url: URL { URL(fileURLWithPath: path) }
  }

  private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64
    init(_ st: stat) {
      device = UInt64(st.st_dev)
      inode = UInt64(st.st_ino)
    }
  }

  var files: [Found] = []
  var problems: [Diagnostic] = []
  private var seen: Set<FileID> = []

  static func walk(_ root: URL, displayRoot: String) -> ContentWalker {
    var walker = ContentWalker()
    var path = root.path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    guard let st = statFollowing(path), isDirectory(st) else {
      walker.problems.append(Diagnostic(.contentFolderNotFound, path: displayRoot))
      return walker
    }
    let id = FileID(st)
    walker.seen.insert(id)
    walker.visit(path, display: displayRoot, ancestors: [id], depth: 0)
    return walker
  }

  private mutating func visit(_ dir: String, display: String, ancestors: Set<FileID>, depth: Int) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    } catch {
      problems.append(
        Diagnostic(.cannotListFolder(reason: error.localizedDescription), path: display))
      return
    }
    for name in names where !name.hasPrefix(".") {
      let path = dir == "/" ? "/" + name : dir + "/" + name
      let shown = display.isEmpty ? name : display + "/" + name
      guard let st = Self.statFollowing(path) else {
        if Self.isSymlink(path) {
          problems.append(
            Diagnostic(.brokenSymbolicLink, path: shown))
        }
        continue
      }
      let id = FileID(st)
      if Self.isDirectory(st) {
        if ancestors.contains(id) {
          problems.append(
            Diagnostic(.symbolicLinkLoop, path: shown))
        } else if seen.contains(id) {
          problems.append(
            Diagnostic(.folderReadTwice, path: shown))
        } else if depth + 1 > IngestLimits.maxFolderDepth {
          problems.append(
            Diagnostic(.foldersTooDeep(limit: IngestLimits.maxFolderDepth), path: shown))
        } else {
          seen.insert(id)
          visit(path, display: shown, ancestors: ancestors.union([id]), depth: depth + 1)
        }
        continue
      }
      guard Self.articleExtensions.contains(Self.pathExtension(of: name).lowercased()),
        !name.lowercased().hasPrefix("readme.")
      else { continue }
      guard (st.st_mode & S_IFMT) == S_IFREG else {
        problems.append(
          Diagnostic(.notARegularFile, path: shown))
        continue
      }
      if seen.contains(id) {
        problems.append(
          Diagnostic(.fileReadTwice, path: shown))
        continue
      }
      seen.insert(id)
      files.append(Found(path: path, displayPath: shown, signature: FileSignature(st)))
    }
  }

  /// What follows the last dot of a file name ("" when there is none, or only a leading one).
  static func pathExtension(of name: String) -> Substring {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...]
  }

  private static func statFollowing(_ path: String) -> stat? {
    var st = stat()
    return stat(path, &st) == 0 ? st : nil
  }

  private static func isDirectory(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFDIR }

  private static func isSymlink(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
  }
}
