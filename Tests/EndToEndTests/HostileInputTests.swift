import Foundation
import Testing

/// Every hostile or broken input gets a proven outcome: escaped text everywhere, or a message
/// with file and line and exit 1 (with output/ untouched), or a documented warning.
@Suite(.serialized) struct HostileInputTests {
  @Test(arguments: HostileCorpus.broken)
  func brokenInputStopsTheBuildWithFileAndLine(_ input: HostileCorpus.Broken) throws {
    let site = try SiteFolder.builtExample()
    let before = site.files()
    #expect(before["index.html"] != nil)
    try site.write(input.file, bytes: input.bytes)
    let run = try site.generate()
    #expect(run.status == 1)
    #expect(run.stderr.contains(input.location), "\(run.stderr)")
    #expect(run.stderr.contains(input.message), "\(run.stderr)")
    #expect(run.stderr.contains("(step: ingest)"))
    #expect(site.files() == before, "output/ changed after a failed build")
    let check = try BriefingTool.run(["check"], in: site.root)
    #expect(check.status == 1)
    #expect(check.stdout.contains(input.location), "\(check.stdout)")
  }

  @Test func aTemplateThatWouldUnescapeArticleTextStopsTheBuildAtPlan() throws {
    let site = try SiteFolder.builtExample()
    let before = site.files()
    let template = site.root.appendingPathComponent("templates/briefing.md")
    let text = try String(contentsOf: template, encoding: .utf8)
    try site.write("templates/briefing.md", text + "\n{{{title}}}\n")
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
    let run = try site.generate()
    #expect(run.status == 1)
    #expect(run.stderr.contains("templates/briefing.md:\(line):"), "\(run.stderr)")
    #expect(run.stderr.contains("(step: plan)"))
    #expect(!run.stderr.contains(site.root.path), "paths are shown relative to the site")
    #expect(site.files() == before)
  }

  @Test func aFiftyMegabyteArticleIsRefusedWithoutReadingIt() throws {
    let site = try SiteFolder()
    let url = site.content.appendingPathComponent("huge.txt")
    FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    let block = Data(repeating: 0x61, count: 1024 * 1024)
    for _ in 0..<50 { handle.write(block) }
    try handle.close()
    let run = try site.generate()
    #expect(run.status == 1)
    #expect(
      run.stderr.contains("content/huge.txt: error: file is 50 MiB; the limit is 10 MiB"),
      "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site.output.path))
  }

  @Test func injectedMarkupStaysTextOnEveryPageFeedAndJSONFile() throws {
    let site = try SiteFolder()
    try HostileCorpus.writeInjectionArticles(into: site)
    let run = try site.generate()
    #expect(run.status == 0, "\(run.stderr)")
    let files = site.files()
    #expect(!files.isEmpty)
    for (path, data) in files {
      let text = String(decoding: data, as: UTF8.self)
      #expect(!text.contains("<script>alert"), "\(path)")
      #expect(!text.contains("<img src=x"), "\(path)")
      #expect(!text.contains("<iframe"), "\(path)")
      #expect(!text.contains("<svg onload"), "\(path)")
      #expect(!text.contains("</title><script>"), "\(path)")
      #expect(
        text.range(of: #"<[a-zA-Z][^>]*\s(on[a-z]+)\s*="#, options: .regularExpression) == nil,
        "event handler in \(path)")
      if path.hasSuffix(".json") {
        // JSON carries the text, with every `<` and `>` as \u escapes.
        #expect(!text.contains("<") && !text.contains(">"), "raw angle bracket in \(path)")
      } else {
        #expect(
          text.range(
            of: #"<[a-zA-Z][^>]*\s(href|src|action)\s*=\s*["']?\s*javascript:"#,
            options: [.regularExpression, .caseInsensitive]) == nil,
          "javascript: link in \(path)")
      }
      if path.hasSuffix(".html") {
        // The only scripts are the site's own files.
        var rest = text[...]
        while let r = rest.range(of: "<script") {
          let tag = rest[r.lowerBound...].prefix(while: { $0 != ">" })
          #expect(
            tag.contains("src=\"") && tag.contains("assets/"), "inline script in \(path): \(tag)")
          rest = rest[r.upperBound...]
        }
      }
    }
    let page = site.briefingPage("injection").flatMap(site.read) ?? ""
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(page.contains("**bold**"))
    #expect(!page.contains("<strong>bold</strong>"))
    let feed = site.read("feed.xml") ?? ""
    #expect(feed.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    let json = site.briefingJSON("injection").flatMap(site.read) ?? ""
    #expect(json.contains("alert(1)"))
    #expect(!json.contains("<"), "a briefing's JSON escapes <")
    #expect(LinkChecker.brokenLinks(in: files, basePath: "/istanbul-talks/") == [])
  }

  @Test func hostileSlugsAndNamesStayInsideOutput() throws {
    let site = try SiteFolder()
    try site.write("content/traversal.md", "---\ntitle: T\nslug: ../../etc/passwd\n---\nText.\n")
    try site.write("content/CON.md", "---\ntitle: Device name\n---\nText.\n")
    try site.write("content/blank.md", "---\ntitle: Blank slug\nslug: \"///\"\n---\nText.\n")
    try site.write(
      "content/long.md",
      "---\ntitle: \(String(repeating: "Very long title ", count: 20))\nslug: \(String(repeating: "x", count: 300))\n---\nText.\n"
    )
    let run = try site.generate()
    #expect(run.status == 0, "\(run.stderr)")
    let files = site.files()
    // Each briefing is published under its id, its page in a folder named from it.
    for id in ["etc-passwd", "con-article", "article", String(repeating: "x", count: 80)] {
      let page = try #require(site.briefingPage(id), "\(id)")
      #expect(files[page] != nil, "\(id)")
    }
    #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("etc").path))
    #expect(
      files.keys.allSatisfy {
        !$0.contains("..") && $0.split(separator: "/").allSatisfy { $0.utf8.count <= 255 }
      })
  }

  @Test func duplicateSlugsAreWarnedAndSuffixedInPathOrder() throws {
    let site = try SiteFolder()
    try site.write("content/a/talks.md", "---\ntitle: First\n---\nText.\n")
    try site.write("content/b/talks.md", "---\ntitle: Second\n---\nText.\n")
    let run = try site.generate()
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "content/b/talks.md: warning: slug 'talks' is already used by content/a/talks.md; published as 'talks-2'"
      ), "\(run.stderr)")
    #expect(site.briefingPage("talks").flatMap(site.read)?.contains("First") == true)
    #expect(site.briefingPage("talks-2").flatMap(site.read)?.contains("Second") == true)
  }

  @Test func symlinkLoopsAreWarnedAndSkipped() throws {
    let site = try SiteFolder()
    try FileManager.default.createSymbolicLink(
      at: site.content.appendingPathComponent("2025/loop"), withDestinationURL: site.content)
    let run = try site.generate()
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("content/2025/loop: warning: symbolic link loop"), "\(run.stderr)")
    #expect(run.stdout.hasPrefix("11 articles"))
  }

  @Test func outputFoldersThatWouldEndangerContentAreRefused() throws {
    let site = try SiteFolder()
    for output in ["content", ".", "/", "content/site"] {
      let run = try BriefingTool.run(["generate", "--output", output], in: site.root)
      #expect(run.status == 1, "\(output)")
      #expect(run.stderr.contains("(step: write)"), "\(run.stderr)")
    }
    #expect(
      FileManager.default.fileExists(atPath: site.content.appendingPathComponent("site.yml").path))
  }
}
