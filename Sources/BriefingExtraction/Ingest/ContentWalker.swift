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
/// Dotfiles and dot-folders are ignored, and so are `README.*` files (notes for editors). Symbolic links are followed, but a link back to an
/// enclosing folder (a loop), a folder or file reached a second time, a dangling link, or
/// nesting deeper than `IngestLimits.maxFolderDepth` is skipped with a warning.
struct ContentWalker {
  static let articleExtensions: Set<String> = ["md", "markdown", "txt"]

  struct Found: Sendable {
    var url: URL
    var displayPath: String
  }

  private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  var files: [Found] = []
  var problems: [ContentProblem] = []
  private var seen: Set<FileID> = []

  static func walk(_ root: URL, displayRoot: String) -> ContentWalker {
    var walker = ContentWalker()
    guard let id = fileID(root.path), isDirectory(root.path) else {
      walker.problems.append(ContentProblem(path: displayRoot, message: "content folder not found"))
      return walker
    }
    walker.seen.insert(id)
    walker.visit(root, display: displayRoot, ancestors: [id], depth: 0)
    return walker
  }

  private mutating func visit(_ dir: URL, display: String, ancestors: Set<FileID>, depth: Int) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    } catch {
      problems.append(
        ContentProblem(path: display, message: "cannot list folder: \(error.localizedDescription)"))
      return
    }
    for name in names where !name.hasPrefix(".") {
      let url = dir.appendingPathComponent(name)
      let shown = display.isEmpty ? name : display + "/" + name
      guard let id = Self.fileID(url.path) else {
        if Self.isSymlink(url.path) {
          problems.append(
            ContentProblem(
              path: shown, severity: .warning, message: "broken symbolic link; skipped"))
        }
        continue
      }
      if Self.isDirectory(url.path) {
        if ancestors.contains(id) {
          problems.append(
            ContentProblem(
              path: shown, severity: .warning,
              message: "symbolic link loop: it leads back to an enclosing folder; skipped"))
        } else if seen.contains(id) {
          problems.append(
            ContentProblem(
              path: shown, severity: .warning,
              message: "folder already read through another path; skipped"))
        } else if depth + 1 > IngestLimits.maxFolderDepth {
          problems.append(
            ContentProblem(
              path: shown, severity: .warning,
              message: "folders nested deeper than \(IngestLimits.maxFolderDepth) levels; skipped"))
        } else {
          seen.insert(id)
          visit(url, display: shown, ancestors: ancestors.union([id]), depth: depth + 1)
        }
        continue
      }
      guard Self.articleExtensions.contains(url.pathExtension.lowercased()),
        !name.lowercased().hasPrefix("readme.")
      else { continue }
      guard Self.isRegular(url.path) else {
        problems.append(
          ContentProblem(path: shown, severity: .warning, message: "not a regular file; skipped"))
        continue
      }
      if seen.contains(id) {
        problems.append(
          ContentProblem(
            path: shown, severity: .warning,
            message: "file already read through another path; skipped"))
        continue
      }
      seen.insert(id)
      files.append(Found(url: url, displayPath: shown))
    }
  }

  private static func statFollowing(_ path: String) -> stat? {
    var st = stat()
    return stat(path, &st) == 0 ? st : nil
  }

  private static func fileID(_ path: String) -> FileID? {
    statFollowing(path).map { FileID(device: UInt64($0.st_dev), inode: UInt64($0.st_ino)) }
  }

  private static func isDirectory(_ path: String) -> Bool {
    statFollowing(path).map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
  }

  private static func isRegular(_ path: String) -> Bool {
    statFollowing(path).map { ($0.st_mode & S_IFMT) == S_IFREG } ?? false
  }

  private static func isSymlink(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
  }
}
