import BriefingModels
import Foundation

/// Refuses output folders a build must never write into or clean up.
///
/// The output folder may not be `/`, the home folder, the content or templates folder, an
/// ancestor of either (a build there could delete articles), or inside either; it may not be a
/// file. Paths are compared after resolving symbolic links.
enum OutputGuard {
  static func problem(output: URL, content: URL, templates: URL) -> Problem.OutputRefusal? {
    let out = resolved(output)
    if out == "/" { return .root }
    let home = resolved(FileManager.default.homeDirectoryForCurrentUser)
    if out == home { return .homeFolder }
    let folders: [(Problem.OutputRefusal.FolderRole, String)] = [
      (.content, resolved(content)), (.templates, resolved(templates)),
    ]
    for (role, folder) in folders {
      if out == folder { return .isFolder(role) }
      if folder.hasPrefix(out + "/") { return .containsFolder(role, path: folder) }
      if out.hasPrefix(folder + "/") { return .insideFolder(role) }
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      return .isAFile
    }
    return nil
  }

  /// Absolute, standardized, symlinks resolved (as far as the path exists).
  static func resolved(_ url: URL) -> String {
    var path = url.standardizedFileURL.resolvingSymlinksInPath().path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }
}
