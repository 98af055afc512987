import Foundation
import Testing

/// The example site's rendered pages against golden copies in `Tests/Snapshots/example-site/`,
/// so a change to a template, the renderer or the planner shows as a diff in review.
///
/// After an intended change, `BRIEFING_UPDATE_SNAPSHOTS=1 swift test --filter ExampleSiteSnapshot`
/// rewrites the golden files (and removes those of pages that are gone); commit them with the
/// change. Left out: `assets/` (copies of `templates/assets/`) and the build's manifest.
@Suite struct ExampleSiteSnapshotTests {
  static let golden = BriefingTool.repoRoot.appendingPathComponent(
    "Tests/Snapshots/example-site")
  static let updating = ProcessInfo.processInfo.environment["BRIEFING_UPDATE_SNAPSHOTS"] == "1"

  /// The files of a built site that are snapshotted: relative path → bytes.
  static func pages(of files: [String: Data]) -> [String: Data] {
    files.filter { path, _ in
      !path.hasPrefix("assets/") && path != "assets" && !path.hasPrefix(".")
    }
  }

  /// Relative path → bytes of every regular file under `folder`.
  static func read(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: folder.path)
    while let relative = walker?.nextObject() as? String {
      var isFolder: ObjCBool = false
      let url = folder.appendingPathComponent(relative)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
        !isFolder.boolValue,
        let data = try? Data(contentsOf: url)
      {
        result[relative] = data
      }
    }
    return result
  }

  /// Where two texts first differ, as `line N: expected … / got …`.
  static func firstDifference(_ expected: Data, _ actual: Data) -> String {
    let e = String(decoding: expected, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let a = String(decoding: actual, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
      let el = i < e.count ? String(e[i]) : "<end of file>"
      let al = i < a.count ? String(a[i]) : "<end of file>"
      if el != al {
        return "line \(i + 1):\n  golden: \(el.prefix(300))\n  built:  \(al.prefix(300))"
      }
    }
    return "same lines, different bytes"
  }

  @Test func theExampleSitesPagesAreTheGoldenOnes() throws {
    let site = try SiteFolder.builtExample()
    let built = Self.pages(of: site.files())
    #expect(built["index.html"] != nil, "the example site was not built")

    if Self.updating {
      try? FileManager.default.removeItem(at: Self.golden)
      for (path, bytes) in built {
        let url = Self.golden.appendingPathComponent(path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
      }
      return
    }

    let golden = Self.read(Self.golden)
    let hint = "(BRIEFING_UPDATE_SNAPSHOTS=1 rewrites Tests/Snapshots after an intended change)"
    let missing = Set(golden.keys).subtracting(built.keys).sorted()
    let added = Set(built.keys).subtracting(golden.keys).sorted()
    #expect(missing == [], "pages no longer built \(hint)")
    #expect(added == [], "pages without a golden copy \(hint)")
    for path in built.keys.sorted() {
      guard let expected = golden[path], let actual = built[path], expected != actual else {
        continue
      }
      Issue.record(
        "\(path) differs from its golden copy \(hint)\n\(Self.firstDifference(expected, actual))")
    }
  }
}
