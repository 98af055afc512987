import Foundation

/// Joins a relative site path onto a target folder, refusing anything that would land outside
/// it: absolute paths, `..` segments, or a folder on the way that is a link to elsewhere.
enum SafeTargetPath {
  static func join(_ root: String, _ relative: String) throws(PublishError) -> String {
    let segments = relative.split(separator: "/", omittingEmptySubsequences: false)
    guard !relative.hasPrefix("/"), !segments.isEmpty,
      !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\0") })
    else { throw .unsafePath(relative) }
    let full = (root as NSString).appendingPathComponent(relative)
    // Whatever part of the path exists must resolve inside the root.
    var existing = (full as NSString).deletingLastPathComponent
    while !FileManager.default.fileExists(atPath: existing) && existing.count > root.count {
      existing = (existing as NSString).deletingLastPathComponent
    }
    guard let realRoot = realPath(root), let realExisting = realPath(existing),
      realExisting == realRoot || realExisting.hasPrefix(realRoot + "/")
    else { throw .unsafePath(relative) }
    return full
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
