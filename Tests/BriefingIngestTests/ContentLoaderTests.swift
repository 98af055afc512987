import BriefingModels
import BriefingStore
import Foundation
import Testing

@testable import BriefingIngest

/// Reading a whole content folder: subfolders, dotfiles, symlinks, slugs and the YAML files.
@Suite struct ContentLoaderTests {
  let loader = ContentLoader(
    reader: ArticleReader(today: CalendarDate(year: 2026, month: 11, day: 25)!))

  func makeFolder(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ingest-\(UUID().uuidString)")
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    return root
  }

  @Test func walksSubfoldersIgnoringDotfilesAndOtherExtensions() throws {
    let root = try makeFolder([
      "a.md": "---\ntitle: A\ndate: 2025-01-01\n---\nText.",
      "ukraine/b.txt": "Plain text on Monday, June 2.",
      ".hidden.md": "---\ntitle: [bad\n---\n",
      ".git/x.md": "nothing",
      "picture.png": "not text",
      "README.md": "# Notes for editors",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let loaded = loader.load(contentDirectory: root, displayRoot: "content")
    #expect(loaded.articles.map(\.meta.path) == ["content/a.md", "content/ukraine/b.txt"])
    #expect(loaded.errors.isEmpty)
  }

  @Test func everyBadFileIsReportedAndTheRestStillRead() throws {
    let root = try makeFolder([
      "good.md": "---\ntitle: Good\ndate: 2025-01-01\n---\nText.",
      "bad-date.md": "---\ntitle: X\ndate: 2025-02-30\n---\nText.",
      "bad-yaml.md": "---\ntitle: [x\n---\nText.",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let loaded = loader.load(contentDirectory: root, displayRoot: "content")
    #expect(loaded.articles.map(\.meta.id) == ["good"])
    #expect(Set(loaded.errors.map(\.path)) == ["content/bad-date.md", "content/bad-yaml.md"])
    #expect(loaded.errors.allSatisfy { $0.line != nil })
  }

  @Test func duplicateSlugsGetADeterministicSuffixAndAWarning() throws {
    let root = try makeFolder([
      "a/talks.md": "---\ntitle: One\n---\nText.",
      "b/talks.md": "---\ntitle: Two\n---\nText.",
      "c.md": "---\nslug: talks\n---\nText.",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let loaded = loader.load(contentDirectory: root, displayRoot: "content")
    #expect(loaded.articles.map(\.meta.id) == ["talks", "talks-2", "talks-3"])
    #expect(
      loaded.warnings.map(\.problem).filter {
        if case .slugTaken = $0 { true } else { false }
      } == [
        .slugTaken("talks", by: "content/a/talks.md", publishedAs: "talks-2"),
        .slugTaken("talks", by: "content/a/talks.md", publishedAs: "talks-3"),
      ])
  }

  /// "article-1169539" and "article-4102908" share a short page name (found by a search over
  /// "article-<n>"); the later one is published under another slug, never in the same folder.
  @Test func slugsWhosePageFoldersClashGetASuffixAndAWarning() throws {
    #expect(ShortName.of("article-1169539") == ShortName.of("article-4102908"))
    let root = try makeFolder([
      "a.md": "---\nslug: article-1169539\n---\nText.",
      "b.md": "---\nslug: article-4102908\n---\nText.",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let loaded = loader.load(contentDirectory: root, displayRoot: "content")
    #expect(loaded.articles.map(\.meta.id) == ["article-1169539", "article-4102908-2"])
    #expect(Set(loaded.articles.map { ShortName.of($0.meta.id) }).count == 2)
    #expect(
      loaded.warnings.map(\.problem).contains(
        .pageNameTaken(
          "article-4102908", sameAs: "article-1169539", by: "content/a.md",
          publishedAs: "article-4102908-2")))
  }

  @Test func symlinkLoopsAreSkippedWithAWarning() throws {
    let root = try makeFolder(["sub/a.md": "---\ntitle: A\n---\nText."])
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("sub/loop"), withDestinationURL: root)
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("dangling.md"),
      withDestinationURL: root.appendingPathComponent("nowhere"))
    let loaded = loader.load(contentDirectory: root, displayRoot: "content")
    #expect(loaded.articles.count == 1)
    #expect(
      loaded.warnings.contains { $0.path == "content/sub/loop" && $0.problem == .symbolicLinkLoop })
    #expect(
      loaded.warnings.contains {
        $0.path == "content/dangling.md" && $0.problem == .brokenSymbolicLink
      })
  }

  @Test func siteAndPartiesFilesAreRead() throws {
    let root = try makeFolder([
      "site.yml": "title: War Desk\nbaseURL: https://example.org/desk\nlanguage: en\n",
      "parties.yml":
        "- name: Ukrainian Coordination Headquarters\n  kind: organization\n  parent: Ukraine\n  aliases: [Coordination HQ]\n",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let loaded = loader.load(contentDirectory: root, displayRoot: "content")
    #expect(loaded.config.title == "War Desk")
    #expect(loaded.config.baseURL == "https://example.org/desk/")
    #expect(loaded.parties.first?.parent == "ukraine")
    #expect(loaded.parties.first?.aliases == ["Coordination HQ"])
  }

  @Test func badPartiesAndSettingsAreLocated() {
    let parties = PartiesFileReader()
    #expect(throws: Diagnostic(.unknownPartyKind("planet"), path: "p.yml", line: 2)) {
      try parties.parse("- name: X\n  kind: planet\n", path: "p.yml")
    }
    do throws(Diagnostic) {
      _ = try parties.parse("- name: X\n  kind: state\n- name: X\n  kind: group\n", path: "p.yml")
      Issue.record("duplicate accepted")
    } catch {
      #expect(error.line == 3)
      #expect(error.problem == .partyDefinedTwice("X", firstLine: 1))
    }
    do throws(Diagnostic) {
      _ = try SiteConfigReader().parse("title: T\nbaseURL: javascript:alert(1)\n", path: "s.yml")
      Issue.record("javascript: accepted")
    } catch {
      #expect(error.line == 2)
      #expect(error.problem == .notAWebAddress(field: "baseURL", found: "javascript:alert(1)"))
    }
  }
}
