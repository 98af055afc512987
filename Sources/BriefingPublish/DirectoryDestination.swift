import BriefingModels
import Foundation

/// `dir:PATH`: keeps a folder in step with the site, writing only changed files.
///
/// Only files a previous publish wrote (listed in its manifest) are ever removed, unless forced;
/// `.git` inside the folder is left alone.
struct DirectoryDestination: PublishDestination {
  let root: String
  let force: Bool

  func inventory() async throws -> (files: [String: FileDigest], owned: Set<String>?) {
    guard FileManager.default.fileExists(atPath: root) else { return ([:], force ? nil : []) }
    var files: [String: FileDigest] = [:]
    for path in try FileWalk.regularFiles(under: root, skipping: [".git"])
    where path != DirectoryManifest.fileName {
      files[path] = try FileDigest.ofFile(atPath: (root as NSString).appendingPathComponent(path))
    }
    let owned = Set(DirectoryManifest.read(in: root)?.files ?? [])
    return (files, force ? nil : owned)
  }

  func apply(_ plan: PublishPlan, from site: LocalSite) async throws -> String? {
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    let previous = DirectoryManifest.read(in: root)
    let previousFiles = Set(previous?.files ?? [])
    let sitePaths = Set(site.files.map(\.path))
    // Claim the files before writing them, so an interrupted publish still owns what it wrote.
    let during = DirectoryManifest(files: previousFiles.union(sitePaths).sorted())
    if !plan.isEmpty && previous != during { try during.write(in: root) }
    try writeAndDelete(plan, from: site)
    let after = DirectoryManifest(
      files: sitePaths.union(previousFiles.intersection(plan.deletionsOverCap)).sorted())
    if DirectoryManifest.read(in: root) != after { try after.write(in: root) }
    return nil
  }

  /// Writes the planned uploads and removes the planned deletions; nothing else.
  func writeAndDelete(_ plan: PublishPlan, from site: LocalSite) throws {
    do {
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    } catch {
      throw PublishError.io(path: root, .cannotBeCreated, reason: Diagnostic.reason(error))
    }
    for upload in plan.uploads {
      let destination = try SafeTargetPath.join(root, upload.path)
      let data = try site.contents(of: upload.path)
      do {
        try FileManager.default.createDirectory(
          atPath: (destination as NSString).deletingLastPathComponent,
          withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: destination), options: .atomic)
      } catch {
        throw PublishError.io(path: destination, .cannotBeWritten, reason: Diagnostic.reason(error))
      }
    }
    for path in plan.deletions {
      let victim = try SafeTargetPath.join(root, path)
      do {
        try FileManager.default.removeItem(atPath: victim)
      } catch {
        throw PublishError.io(path: victim, .cannotBeRemoved, reason: Diagnostic.reason(error))
      }
      removeEmptyFolders(from: (victim as NSString).deletingLastPathComponent)
    }
  }

  func close() async {}

  /// Removes folders emptied by deletions, up to (not including) the root.
  private func removeEmptyFolders(from folder: String) {
    var current = folder
    let rootPath = (root as NSString).standardizingPath
    while (current as NSString).standardizingPath.count > rootPath.count,
      let entries = try? FileManager.default.contentsOfDirectory(atPath: current), entries.isEmpty
    {
      try? FileManager.default.removeItem(atPath: current)
      current = (current as NSString).deletingLastPathComponent
    }
  }
}
