import BriefingModels
import Foundation
import Testing

@testable import BriefingIngest

/// Reading one article: front matter, derived titles and dates, and every refusal with file:line.
@Suite struct ArticleReaderTests {
  let reader = ArticleReader(today: CalendarDate(year: 2026, month: 11, day: 25)!)

  func read(_ text: String, name: String = "a.md") throws(Diagnostic) -> ArticleReader.Reading {
    try reader.parse(bytes: Array(text.utf8), fileName: name, displayPath: "content/\(name)")
  }

  func problem(_ text: String, name: String = "a.md") -> Diagnostic? {
    do throws(Diagnostic) {
      _ = try read(text, name: name)
      return nil
    } catch { return error }
  }

  func problem(bytes: [UInt8], name: String = "a.md") -> Diagnostic? {
    do throws(Diagnostic) {
      _ = try reader.parse(bytes: bytes, fileName: name, displayPath: "content/\(name)")
      return nil
    } catch { return error }
  }

  @Test func frontMatterFieldsBecomeTheArticleMeta() throws {
    let r = try read(
      """
      ---
      title: Talks resume in Istanbul
      date: 2025-06-09
      source: Example Wire
      url: https://example.org/talks
      author: A. Writer
      tags: [diplomacy, talks]
      parties: [Ukrainian Coordination Headquarters]
      ---
      Delegations met on Monday.
      """, name: "istanbul-talks.md")
    let a = r.article
    #expect(a.meta.title == "Talks resume in Istanbul")
    #expect(a.meta.published == "2025-06-09")
    #expect(a.dateOrigin == .frontMatter)
    #expect(a.meta.source == "Example Wire")
    #expect(a.meta.url == "https://example.org/talks")
    #expect(a.meta.author == "A. Writer")
    #expect(a.meta.tags == ["diplomacy", "talks"])
    #expect(a.partyHints == ["Ukrainian Coordination Headquarters"])
    #expect(a.meta.id == "istanbul-talks")
    #expect(a.body == "Delegations met on Monday.")
    #expect(a.bodyLine == 10)
    #expect(a.format == .markdown)
    #expect(r.warnings.isEmpty)
  }

  @Test func malformedFrontMatterIsReportedAtTheFileLine() {
    let p = problem("---\ntitle: ok\ntags: [a, b\ndate: 2025-01-01\n---\nText.\n")
    #expect(p?.path == "content/a.md")
    // YAML line 3 (the date line, where the unclosed list is noticed) is file line 4.
    #expect(p?.line == 4)
    guard case .malformedYAML = p?.problem else {
      Issue.record("not a YAML syntax error: \(String(describing: p))")
      return
    }
  }

  @Test func unclosedFrontMatterIsAnError() {
    #expect(problem("---\ntitle: x\nText without end\n")?.problem == .frontMatterNotClosed)
  }

  @Test func wrongTypesNameTheFieldAndLine() {
    let p = problem("---\ndate: 2025-01-01\ntitle:\n  nested: map\n---\nText.\n")
    #expect(p?.line == 4)
    #expect(p?.problem == .wrongType(field: "title", expected: "text", found: "a mapping"))
    // The one place the text is made says it as an editor reads it.
    #expect(p?.message == "'title' must be text, found a mapping")
    guard case .wrongType(field: "tags", _, _) = problem("---\ntags: {a: 1}\n---\nText.\n")?.problem
    else {
      Issue.record("tags of the wrong type are not named")
      return
    }
  }

  @Test func impossibleAndMalformedDatesAreErrors() {
    let p = problem("---\ntitle: T\ndate: 2025-02-30\n---\nText.\n")
    #expect(p?.line == 3)
    #expect(p?.problem == .dateDoesNotExist("2025-02-30"))
    #expect(problem("---\ndate: June 2\n---\nText.\n")?.problem == .notADate(found: "June 2"))
    #expect(
      problem("Text.", name: "2025-02-30-talks.txt")?.problem
        == .fileNameDateDoesNotExist("2025-02-30"))
  }

  @Test func invalidUTF8NamesTheLineOfTheFirstBadByte() {
    let bytes = Array("line one\nline two\nbad ".utf8) + [0xC3, 0x28] + Array(" here\n".utf8)
    let p = problem(bytes: bytes)
    #expect(p?.line == 3)
    #expect(p?.column == 5)
    #expect(p?.problem == .invalidUTF8(byte: 0xC3, offset: 22))
  }

  @Test func binaryFilesAreRefused() {
    let p = problem(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
    #expect(p?.problem == .binaryFile(offset: 8))
  }

  @Test func emptyFilesAndEmptyBodiesAreErrors() {
    #expect(problem("")?.problem == .emptyArticle)
    #expect(problem("  \n\n")?.problem == .emptyArticle)
    #expect(problem("---\ntitle: T\n---\n\n")?.problem == .noArticleText)
  }

  @Test func deeplyNestedYAMLIsRefusedBeforeParsing() {
    let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
    let p = problem("---\ntitle: T\ntags: \(deep)\n---\nText.\n")
    #expect(p?.line == 3)
    #expect(p?.problem == .yamlTooDeep(limit: IngestLimits.maxYAMLDepth))
    var block = "---\n"
    for i in 0..<60 { block += String(repeating: " ", count: i) + "k\(i):\n" }
    block += "---\nText.\n"
    #expect(problem(block)?.problem == .yamlTooDeep(limit: IngestLimits.maxYAMLDepth))
  }

  @Test func javascriptURLsAreRefused() {
    let p = problem("---\nurl: javascript:alert(1)\n---\nText.\n")
    #expect(p?.line == 2)
    #expect(p?.problem == .notAWebAddress(field: "url", found: "javascript:alert(1)"))
  }

  @Test func plainTextDerivesTitleAndDateFromTheText() throws {
    let seed = try String(contentsOf: Self.seedURL, encoding: .utf8)
    let r = try read(seed, name: "seed.txt")
    #expect(r.article.format == .text)
    #expect(r.article.meta.published == "2025-06-02")
    #expect(r.article.dateOrigin == .text)
    #expect(r.article.meta.title.hasPrefix("The Ministry of Defense of the Russian Federation"))
    #expect(r.article.meta.title.count <= IngestLimits.maxDerivedTitleLength)
    #expect(r.article.meta.title.hasSuffix("…"))
    #expect(r.article.meta.id == "seed")
  }

  @Test func fileNameDateWinsForPlainText() throws {
    let r = try read("On Monday, June 2 talks resumed.", name: "2025-06-09-istanbul-talks.txt")
    #expect(r.article.meta.published == "2025-06-09")
    #expect(r.article.dateOrigin == .fileName)
    #expect(r.article.meta.id == "2025-06-09-istanbul-talks")
  }

  @Test func weekdayFixesTheMostRecentYearNotAfterToday() {
    let finder = TextDateFinder(today: CalendarDate(year: 2026, month: 11, day: 25)!)
    #expect(finder.find(in: "On Monday, June 2, talks began.")?.iso == "2025-06-02")
    #expect(finder.find(in: "It was Tuesday 3rd June.")?.iso == "2025-06-03")
    #expect(finder.find(in: "Signed on Wednesday, the 25th of November.")?.iso == "2026-11-25")
    #expect(finder.find(in: "Talks on June 2, 2024 and later.")?.iso == "2024-06-02")
    #expect(finder.find(in: "No date here at all.") == nil)
  }

  @Test func hostileSlugsAndReservedNamesBecomeSafe() throws {
    let r = try read("---\nslug: ../../etc/passwd\n---\nText.\n")
    #expect(r.article.meta.id == "etc-passwd")
    #expect(try read("Text.", name: "CON.md").article.meta.id == "con-article")
    #expect(try read("---\nslug: \"///\"\n---\nText.\n").article.meta.id == "article")
  }

  @Test func titlesAreSingleLineWithoutControls() throws {
    let r = try read("---\ntitle: \"A\\nB\\u0000\\u202Ec\"\n---\nText.\n")
    #expect(r.article.meta.title == "A B c")
  }

  @Test func misspelledFieldsAreWarned() throws {
    let r = try read("---\ntitel: T\n---\nText.\n")
    #expect(
      r.warnings.contains {
        $0.problem == .unknownField("titel", suggestion: "title") && $0.line == 2
      })
  }

  /// The shared seed article: this file sits in Tests/BriefingIngestTests/, the repository two
  /// folders up, and shared/ beside the repository.
  static var seedURL: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("../shared/corpus/seed/seed.txt").standardizedFileURL
  }
}
