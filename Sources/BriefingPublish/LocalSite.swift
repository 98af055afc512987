import Foundation

/// The built site in `output/`: every file, by its path relative to the folder, with its digest.
///
/// Refuses a folder with no completed build (the generator writes its manifest last), so a
/// half-written or empty `output/` is never published. The manifest itself is not published.
public struct LocalSite: Sendable {
  /// One file of the site.
  public struct File: Sendable, Hashable {
    /// Relative path with `/` separators, e.g. `parties/russia/index.html`.
    public var path: String
    public var digest: FileDigest
  }

  /// The file the generator writes last, whose presence marks a completed build.
  public static let buildManifestName = ".briefing-manifest.json"

  public let root: String
  public let files: [File]

  public init(root: String, files: [File]) {
    self.root = root
    self.files = files
  }

  /// Reads `root`; throws when it holds no completed build.
  public static func read(root: String, requireManifest: Bool = true) throws(PublishError)
    -> LocalSite
  {
    let manifest = (root as NSString).appendingPathComponent(buildManifestName)
    if requireManifest && !FileManager.default.fileExists(atPath: manifest) {
      throw .noCompletedBuild(output: root, missing: buildManifestName)
    }
    var files: [File] = []
    for path in try FileWalk.regularFiles(under: root) where !isInternal(path) {
      let digest = try FileDigest.ofFile(atPath: (root as NSString).appendingPathComponent(path))
      files.append(File(path: path, digest: digest))
    }
    return LocalSite(root: root, files: files.sorted { $0.path < $1.path })
  }

  /// Bytes of one file of the site.
  public func contents(of path: String) throws(PublishError) -> Data {
    let full = (root as NSString).appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: full) else {
      throw .io(path: full, .cannotBeRead)
    }
    return data
  }

  /// Build bookkeeping that is not part of the site.
  static func isInternal(_ path: String) -> Bool {
    path == buildManifestName || path == ".gitkeep" || path == DirectoryManifest.fileName
  }
}

/// Lists regular files under a folder (relative paths, `/`-separated), not following symlinks.
enum FileWalk {
  static func regularFiles(under root: String, skipping skipped: Set<String> = [])
    throws(PublishError) -> [String]
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw .io(path: root, .isNotAFolder)
    }
    guard let walker = FileManager.default.enumerator(atPath: root) else {
      throw .io(path: root, .cannotBeListed)
    }
    var paths: [String] = []
    while let relative = walker.nextObject() as? String {
      if skipped.contains(relative) {
        walker.skipDescendants()
        continue
      }
      let attributes = walker.fileAttributes
      if attributes?[.type] as? FileAttributeType == .typeRegular {
        paths.append(relative)
      }
    }
    return paths
  }
}
