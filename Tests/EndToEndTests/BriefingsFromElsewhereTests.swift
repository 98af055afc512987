import Foundation
import Testing

/// `briefing generate --briefings DIR`: extraction split across processes (as a map step on
/// other machines would split it), then one site build from their JSON, which must be the site
/// a normal `generate` builds from the same content.
@Suite(.serialized) struct BriefingsFromElsewhereTests {
  /// The example's article files, relative to the site folder, in path order.
  func articles(of site: SiteFolder) throws -> [String] {
    let walker = FileManager.default.enumerator(atPath: site.content.path)
    var found: [String] = []
    while let path = walker?.nextObject() as? String {
      let name = (path as NSString).lastPathComponent
      if ["md", "txt"].contains((path as NSString).pathExtension), !name.hasPrefix("README") {
        found.append("content/" + path)
      }
    }
    return found.sorted()
  }

  /// Runs `briefing extract` over each group of files in its own process, all at once, and
  /// writes each one's JSON to `json/part-N.json`.
  func extractInParallel(_ groups: [[String]], in site: SiteFolder) throws {
    let json = site.root.appendingPathComponent("json")
    try FileManager.default.createDirectory(at: json, withIntermediateDirectories: true)
    let runs = Runs(count: groups.count)
    let root = site.root
    DispatchQueue.concurrentPerform(iterations: groups.count) { i in
      runs.set(i, Result { try BriefingTool.run(["extract"] + groups[i], in: root) })
    }
    for (i, result) in runs.all.enumerated() {
      let run = try #require(try result?.get())
      #expect(run.status == 0, "\(run.stderr)")
      try site.write("json/part-\(i).json", run.stdout)
    }
  }

  /// Relative path → bytes of every file under `folder`.
  func files(in folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: folder.path)
    while let relative = walker?.nextObject() as? String {
      if let data = try? Data(contentsOf: folder.appendingPathComponent(relative)) {
        result[relative] = data
      }
    }
    return result
  }

  @Test func twoExtractProcessesThenOneBuildGiveTheSiteOfANormalGenerate() throws {
    let site = try SiteFolder()
    let articles = try articles(of: site)
    #expect(articles.count == 11)
    let half = articles.count / 2
    try extractInParallel([Array(articles[..<half]), Array(articles[half...])], in: site)

    #expect(try site.generate().status == 0)
    let run = try site.generate(["--briefings", "json", "--output", "from-json"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("11 articles → "), "\(run.stdout)")

    let normal = site.files()
    let fromJSON = files(in: site.root.appendingPathComponent("from-json"))
    // The manifest records each page's key, made from where its briefing came from (the
    // extraction cache or the JSON): the one file that may differ.
    let manifest = ".briefing-manifest.json"
    #expect(normal[manifest] != nil && fromJSON[manifest] != nil)
    #expect(Set(normal.keys) == Set(fromJSON.keys))
    let differing = normal.keys.filter { $0 != manifest && normal[$0] != fromJSON[$0] }.sorted()
    #expect(differing == [], "pages that differ from a normal build")
  }

  @Test func aSecondBuildFromTheSameJSONWritesNothing() throws {
    let site = try SiteFolder()
    try extractInParallel([try articles(of: site)], in: site)
    #expect(try site.generate(["--briefings", "json"]).status == 0)
    let run = try site.generate(["--briefings", "json", "--timings"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("(written 0, unchanged "), "\(run.stdout)")
    #expect(run.stderr.contains("pages built 0, rendered 0 of "), "\(run.stderr)")
  }

  @Test func theSameBriefingTwiceIsRefusedWithBothFilesAndOutputUntouched() throws {
    let site = try SiteFolder()
    let articles = try articles(of: site)
    try extractInParallel([[articles[0]], [articles[0]]], in: site)
    let run = try site.generate(["--briefings", "json"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("json/part-1.json"), "\(run.stderr)")
    #expect(run.stderr.contains("a second briefing with the id"), "\(run.stderr)")
    #expect(run.stderr.contains("part-0.json"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site.output.path))
  }

  @Test func aFileThatIsNotABriefingIsNamed() throws {
    let site = try SiteFolder()
    try site.write("json/notes.json", #"{"title": "not a briefing"}"#)
    let run = try site.generate(["--briefings", "json"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("json/notes.json"), "\(run.stderr)")
    #expect(run.stderr.contains("(step: extract)"), "\(run.stderr)")
  }
}

/// Results written from concurrent workers, one slot each.
private final class Runs: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Result<BriefingTool.Run, any Error>?]

  init(count: Int) { results = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ result: Result<BriefingTool.Run, any Error>) {
    lock.withLock { results[i] = result }
  }

  var all: [Result<BriefingTool.Run, any Error>?] { lock.withLock { results } }
}
