import Foundation

/// Runs the built `briefing` executable as a user would, in a folder of the test's own.
struct BriefingTool {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The repository checkout the tests belong to.
  static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `briefing` sits beside the test bundle in SwiftPM's build folder.
  static let executable: URL = {
    if let env = ProcessInfo.processInfo.environment["BRIEFING_BINARY"] {
      return URL(fileURLWithPath: env)
    }
    var candidates: [URL] = []
    let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    candidates.append(me.deletingLastPathComponent().appendingPathComponent("briefing"))
    candidates.append(
      me.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("briefing"))
    if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
      candidates.append(
        bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("briefing"))
    }
    candidates.append(repoRoot.appendingPathComponent(".build/debug/briefing"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[0]
  }()

  @discardableResult
  static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws
    -> Run
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes while the tool runs, so a full pipe never blocks it.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

/// A temporary folder holding a copy of the example site (content/ and templates/).
final class SiteFolder {
  let root: URL
  var content: URL { root.appendingPathComponent("content") }
  var output: URL { root.appendingPathComponent("output") }

  init(copyExample: Bool = true) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    if copyExample {
      for folder in ["content", "templates"] {
        try FileManager.default.copyItem(
          at: BriefingTool.repoRoot.appendingPathComponent(folder),
          to: root.appendingPathComponent(folder))
      }
    }
  }

  /// A copy of the example site as it is after one successful `generate` (built once per run).
  static func builtExample() throws -> SiteFolder {
    let site = try SiteFolder(copyExample: false)
    try FileManager.default.removeItem(at: site.root)
    try FileManager.default.copyItem(at: try builtExampleOriginal.get(), to: site.root)
    return site
  }

  /// Where the built example is kept for the run; removed when the test process exits.
  private static let builtExampleRoot = FileManager.default.temporaryDirectory
    .appendingPathComponent("e2e-built-\(UUID().uuidString)")

  private static let builtExampleOriginal: Result<URL, any Error> = Result {
    let root = builtExampleRoot
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: SiteFolder.builtExampleRoot) }
    for folder in ["content", "templates"] {
      try FileManager.default.copyItem(
        at: BriefingTool.repoRoot.appendingPathComponent(folder),
        to: root.appendingPathComponent(folder))
    }
    let run = try BriefingTool.run(["generate"], in: root)
    guard run.status == 0 else { throw BuildFailed(stderr: run.stderr) }
    return root
  }

  struct BuildFailed: Error { var stderr: String }

  deinit { try? FileManager.default.removeItem(at: root) }

  func write(_ path: String, _ text: String) throws { try write(path, bytes: Array(text.utf8)) }

  func write(_ path: String, bytes: [UInt8]) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  func generate(_ options: [String] = []) throws -> BriefingTool.Run {
    try BriefingTool.run(["generate"] + options, in: root)
  }

  func read(_ path: String) -> String? {
    (try? Data(contentsOf: output.appendingPathComponent(path))).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  /// The output path of the briefing page with this id (`briefings/k3x9a2bq/index.html`), as a
  /// reader finds it: through the site's `index.json`, which gives each briefing's page.
  func briefingPage(_ id: String) -> String? {
    briefingEntry(id)?["page"].map { $0 + "index.html" }
  }

  /// The output path of the briefing's JSON, from `index.json`.
  func briefingJSON(_ id: String) -> String? { briefingEntry(id)?["json"] }

  private func briefingEntry(_ id: String) -> [String: String]? {
    guard let data = read("index.json")?.data(using: .utf8),
      let index = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let briefings = index["briefings"] as? [[String: Any]]
    else { return nil }
    return briefings.first { $0["id"] as? String == id }?.compactMapValues { $0 as? String }
  }

  /// Relative path → bytes of every file under output/.
  func files() -> [String: Data] {
    var result: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: output.path) else { return result }
    while let relative = walker.nextObject() as? String {
      if let data = try? Data(contentsOf: output.appendingPathComponent(relative)) {
        result[relative] = data
      }
    }
    return result
  }
}
