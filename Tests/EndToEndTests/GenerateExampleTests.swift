import Foundation
import Testing

/// `briefing generate` on the example content and on the seed, run as a user runs it.
@Suite(.serialized) struct GenerateExampleTests {
  @Test func theExampleSiteGeneratesWithWorkingLinksAndExtractedFacts() throws {
    let site = try SiteFolder()
    let run = try site.generate()
    #expect(run.status == 0, "\(run.stderr)")
    let summary = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(
      summary.range(
        of: #"^11 articles → \d+ pages in \d+\.\d\d s \(written \d+, unchanged 0, removed 0\)$"#,
        options: .regularExpression) != nil, "\(summary)")
    let files = site.files()
    for page in [
      "index.html", "timeline/index.html", "parties/index.html", "feed.xml", "sitemap.xml",
      "index.json", "timeline/events.json", "search/index.json", "assets/site.css",
    ] {
      #expect(files[page] != nil, "missing \(page)")
    }
    let seedPage = try #require(site.briefingPage("seed-istanbul-talks"))
    #expect(files[seedPage] != nil)
    #expect(
      files.keys.filter { $0.hasPrefix("briefings/") && $0.hasSuffix("/index.html") }.count == 11)
    #expect(LinkChecker.brokenLinks(in: files, basePath: "/istanbul-talks/") == [])
    #expect(files.keys.allSatisfy { !$0.hasPrefix(".briefing-staging") })

    // Facts extracted from the seed: its date, the Istanbul talks, the parties.
    let seed = site.read(seedPage) ?? ""
    #expect(
      seed.contains("2025-06-02") || seed.contains("2 June 2025") || seed.contains("June 2, 2025"))
    #expect(seed.contains("Istanbul"))
    #expect(
      seed.contains("Ukrainian Coordination Headquarters")
        || seed.contains("Coordination Headquarters"))
    let corpus =
      try JSONSerialization.jsonObject(with: files["index.json"] ?? Data()) as? [String: Any]
    let parties = (corpus?["parties"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    #expect(parties.contains("russia"))
    #expect(parties.contains("ukraine"))
    #expect(files.keys.contains("parties/russia/index.html"))
  }

  @Test func aSecondBuildOfTheSameContentWritesNothing() throws {
    let site = try SiteFolder()
    #expect(try site.generate().status == 0)
    let before = site.files()
    let run = try site.generate(["--timings"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("(written 0, unchanged "), "\(run.stdout)")
    #expect(run.stdout.contains(", removed 0)"))
    #expect(run.stderr.contains("pages built 0, rendered 0 of "), "\(run.stderr)")
    #expect(site.files() == before)
  }

  @Test func editingOneArticleBuildsNoOtherBriefingPage() throws {
    let site = try SiteFolder()
    #expect(try site.generate().status == 0)
    let before = site.files()
    let article = site.root.appendingPathComponent("content/seed-istanbul-talks.txt")
    let text = try String(contentsOf: article, encoding: .utf8)
    try (text + "\nObservers said the atmosphere was calm.\n").write(
      to: article, atomically: true, encoding: .utf8)
    let run = try site.generate(["--timings"])
    #expect(run.status == 0, "\(run.stderr)")
    let counts = try #require(
      run.stderr.firstMatch(of: /pages built (\d+), rendered (\d+) of (\d+)/), "\(run.stderr)")
    let (built, pages) = (Int(counts.output.1)!, Int(counts.output.3)!)
    let briefings = before.keys.filter { $0.hasPrefix("briefings/") }.count
    // The edited briefing and the pages made from the whole corpus are built; the ten other
    // briefing pages are not.
    #expect(built <= pages - (briefings - 1), "\(run.stderr)")
    let after = site.files()
    let seedPage = try #require(site.briefingPage("seed-istanbul-talks"))
    let seedFolder = seedPage.dropLast("index.html".count)
    #expect(after[seedPage] != before[seedPage])
    for (path, bytes) in before where path.hasPrefix("briefings/") && !path.hasPrefix(seedFolder) {
      #expect(after[path] == bytes, "\(path)")
    }

    // Once every page's fingerprint is recorded, pages built but unchanged are not rendered.
    try (text + "\nObservers said the atmosphere was calm, again.\n").write(
      to: article, atomically: true, encoding: .utf8)
    let again = try site.generate(["--timings"])
    let second = try #require(
      again.stderr.firstMatch(of: /pages built (\d+), rendered (\d+) of/), "\(again.stderr)")
    #expect(Int(second.output.2)! < Int(second.output.1)!, "\(again.stderr)")
    #expect(Int(second.output.2)! >= 1, "the edited briefing renders")

    // The data files a rebuild kept are the ones a build from scratch writes.
    let kept = ["index.json", "timeline/events.json", "search/index.json"].map { site.read($0) }
    for cache in [".briefing-cache", "content/.briefing-cache", "output"] {
      try? FileManager.default.removeItem(at: site.root.appendingPathComponent(cache))
    }
    #expect(try site.generate().status == 0)
    #expect(!kept.contains(nil))
    #expect(
      ["index.json", "timeline/events.json", "search/index.json"].map { site.read($0) } == kept)
  }

  @Test func theSeedAloneGeneratesWithItsDateFromTheText() throws {
    let site = try SiteFolder(copyExample: false)
    try FileManager.default.copyItem(
      at: BriefingTool.repoRoot.appendingPathComponent("templates"),
      to: site.root.appendingPathComponent("templates"))
    let seed = try Data(
      contentsOf: BriefingTool.repoRoot.appendingPathComponent("../shared/corpus/seed/seed.txt"))
    try site.write("content/seed.txt", bytes: Array(seed))
    let run = try site.generate()
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("1 articles → "))
    let corpus = site.read("index.json") ?? ""
    #expect(
      corpus.contains("\"published\":\"2025-06-02\"")
        || corpus.contains("\"published\" : \"2025-06-02\""))
    #expect(LinkChecker.brokenLinks(in: site.files(), basePath: "/") == [])
  }

  @Test func checkListsNothingForTheExampleAndExitsZero() throws {
    let site = try SiteFolder()
    let run = try BriefingTool.run(["check"], in: site.root)
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty, "\(run.stdout)")
    #expect(run.stderr.contains("11 articles read; 0 errors"))
  }

  @Test func initMakesASiteThatGenerates() throws {
    let folder = try SiteFolder(copyExample: false)
    let run = try BriefingTool.run(
      ["init", "newsite"], in: folder.root,
      environment: [
        "BRIEFING_TEMPLATES": BriefingTool.repoRoot.appendingPathComponent("templates").path
      ])
    #expect(run.status == 0, "\(run.stderr)")
    let site = folder.root.appendingPathComponent("newsite")
    for file in ["content/site.yml", "content/parties.yml", "templates/layout.html", ".gitignore"] {
      #expect(
        FileManager.default.fileExists(atPath: site.appendingPathComponent(file).path), "\(file)")
    }
    let generate = try BriefingTool.run(["generate"], in: site)
    #expect(generate.status == 0, "\(generate.stderr)")
    #expect(generate.stdout.hasPrefix("1 articles → "))
    let check = try BriefingTool.run(["check"], in: site)
    #expect(check.status == 0)
    let corpus =
      (try? String(contentsOf: site.appendingPathComponent("output/index.json"), encoding: .utf8))
      ?? ""
    #expect(corpus.contains("harbour-council"))
    // A second init into the now non-empty folder is refused.
    let again = try BriefingTool.run(["init", "newsite"], in: folder.root)
    #expect(again.status != 0)
    #expect(again.stderr.contains("not empty"))
  }
}
