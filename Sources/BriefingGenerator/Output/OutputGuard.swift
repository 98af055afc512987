import Foundation

/// Refuses output folders a build must never write into or clean up.
///
/// The output folder may not be `/`, the home folder, the content or templates folder, an
/// ancestor of either (a build there could delete articles), or inside either; it may not be a
/// file. Paths are compared after resolving symbolic links.
enum OutputGuard {
  static func problem(output: URL, content: URL, templates: URL) -> String? {
    let out = resolved(output)
    if out == "/" { return "refusing to write the site into /" }
    let home = resolved(FileManager.default.homeDirectoryForCurrentUser)
    if out == home { return "refusing to write the site into the home folder \(home)" }
    for (name, folder) in [("content", resolved(content)), ("templates", resolved(templates))] {
      if out == folder { return "the output folder is the \(name) folder" }
      if folder.hasPrefix(out + "/") {
        return "the output folder contains the \(name) folder \(folder)"
      }
      if out.hasPrefix(folder + "/") { return "the output folder is inside the \(name) folder" }
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      return "the output path \(output.path) is a file, not a folder"
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
