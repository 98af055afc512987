import BriefingModels
import Foundation
import Testing

@testable import BriefingGenerator

/// A build that fails at any step, or dies while writing, leaves output/ exactly as it was;
/// no path from content can write outside output/.
@Suite struct OutputSafetyTests {
  /// A site with one good build in output/.
  func builtSite() throws -> TestSite {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    try site.article("exchange", title: "Exchange")
    try site.write("CNAME", "briefing.example", in: site.output)
    _ = try site.generator().generate()
    // A change, so the failing build has something to write and to remove.
    try site.article("talks", title: "Talks", body: "Postponed.")
    try site.article("ceasefire", title: "Ceasefire")
    try FileManager.default.removeItem(at: site.content.appendingPathComponent("exchange.md"))
    return site
  }

  /// Builds, expecting the build to fail at `step` with a diagnostic whose problem passes
  /// `problem` and whose file ends with `file`, and output/ to be exactly as before.
  func expectFailure(
    _ site: TestSite, at step: BuildStep, faults: FaultInjection = FaultInjection(),
    file: String? = nil, problem: (Problem) -> Bool
  ) {
    let before = site.snapshot()
    do {
      _ = try site.generator(faults: faults).generate()
      Issue.record("the build succeeded")
    } catch let error as BuildError {
      #expect(error.step == step)
      #expect(error.problems.contains { problem($0.problem) }, "\(error)")
      if let file { #expect(error.problems.contains { $0.path.hasSuffix(file) }, "\(error)") }
      #expect(error.description.contains("(step: \(step.rawValue))"))
    } catch {
      Issue.record("unexpected error \(error)")
    }
    #expect(site.snapshot() == before)
  }

  @Test func aFailureInIngestLeavesOutputAsItWas() throws {
    let site = try builtSite()
    try site.write("broken.md", "---\ntitle: [unclosed\n---\nText.\n")
    expectFailure(site, at: .ingest, file: "broken.md") {
      if case .malformedYAML = $0 { true } else { false }
    }
  }

  @Test func aFailureInExtractNamesTheArticle() throws {
    let site = try builtSite()
    site.failExtractOn = "ceasefire"
    expectFailure(site, at: .extract, file: "ceasefire.md") {
      if case .extractionFailed = $0 { true } else { false }
    }
  }

  @Test func aFailureInAssembleLeavesOutputAsItWas() throws {
    let site = try builtSite()
    site.failAssemble = true
    expectFailure(site, at: .assemble) { $0 == .assemblyFailed(reason: "assembler failed") }
  }

  @Test func aFailureInRenderNamesThePage() throws {
    let site = try builtSite()
    site.failRenderOn = "briefings/ceasefire/index.html"
    expectFailure(site, at: .render) { $0 == .renderingFailed(reason: "template failed") }
  }

  @Test(arguments: [0, 1, 2])
  func aFailureWhileStagingLeavesOutputAsItWas(at index: Int) throws {
    let site = try builtSite()
    expectFailure(site, at: .write, faults: FaultInjection(failStagingAt: index)) {
      $0 == .injectedFault(.staging)
    }
    #expect(
      !FileManager.default.fileExists(
        atPath: site.output.appendingPathComponent(".briefing-staging").path))
  }

  /// Pages are staged while others still render: a first build that fails after some were
  /// staged leaves no output/ folder at all.
  @Test(arguments: [FaultInjection(failStagingAt: 2), FaultInjection()])
  func aFirstBuildThatFailsLeavesNoOutputFolder(faults: FaultInjection) throws {
    let site = try TestSite()
    for slug in ["a", "b", "c", "d", "e", "f"] { try site.article(slug, title: slug) }
    if faults.failStagingAt == nil { site.failRenderOn = "briefings/f/index.html" }
    #expect(throws: BuildError.self) { try site.generator(faults: faults).generate() }
    #expect(!FileManager.default.fileExists(atPath: site.output.path))
  }

  /// The build writes 4 files (3 pages + manifest) and removes 1: commit steps 0...4.
  @Test(arguments: [0, 1, 2, 3, 4])
  func aFailureWhileCommittingIsRolledBack(at index: Int) throws {
    let site = try builtSite()
    expectFailure(site, at: .write, faults: FaultInjection(failCommitAt: index)) {
      $0 == .injectedFault(.committing)
    }
  }

  @Test(arguments: [1, 3, 4])
  func aBuildKilledWhileCommittingIsRolledBackByTheNextBuild(at index: Int) throws {
    let site = try builtSite()
    let before = site.snapshot()
    #expect(throws: BuildError.self) {
      try site.generator(faults: FaultInjection(crashCommitAt: index)).generate()
    }
    #expect(site.snapshot() != before)  // half-committed, as after a kill
    // The next build recovers before anything else; here it then fails in ingest.
    try site.write("broken.md", "")
    #expect(throws: BuildError.self) { try site.generator().generate() }
    #expect(site.snapshot() == before)
    try FileManager.default.removeItem(at: site.content.appendingPathComponent("broken.md"))
    let report = try site.generator().generate()
    #expect(report.removed == 1)
  }

  @Test(.enabled(if: getuid() != 0, "root ignores file permissions"))
  func aReadOnlyOutputFolderFailsCleanly() throws {
    let site = try builtSite()
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o555], ofItemAtPath: site.output.appendingPathComponent("briefings").path
    )
    expectFailure(site, at: .write) {
      if case .outputOperationFailed = $0 { true } else { false }
    }
  }

  @Test(arguments: [
    "../../etc/passwd", "/etc/passwd", "", "CON", "briefings/nul.html", "a//b.html", "./x.html",
    String(repeating: "a", count: 300) + ".html", "briefings/<script>.html",
    ".briefing-manifest.json",
    "caf\u{E9}.html",
  ])
  func unsafePagePathsAreRefusedBeforeAnythingIsWritten(path: String) throws {
    let site = try builtSite()
    site.extraPaths = [path]
    expectFailure(site, at: .plan) {
      if case .unsafeOutputPath = $0 { true } else { false }
    }
    #expect(
      !FileManager.default.fileExists(atPath: site.root.appendingPathComponent("etc/passwd").path))
  }

  @Test func aSymbolicLinkInOutputIsNeverWrittenThrough() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    let elsewhere = site.root.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: site.output.appendingPathComponent("briefings"), withDestinationURL: elsewhere)
    expectFailure(site, at: .write, file: "output/briefings") { $0 == .symbolicLinkInOutput }
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
  }

  @Test func oddOutputFoldersAreRefused() throws {
    let site = try TestSite()
    try site.article("talks", title: "Talks")
    for output in [
      site.content, site.root, URL(fileURLWithPath: "/"), site.templates,
      site.content.appendingPathComponent("site"),
    ] {
      var options = site.options()
      options.outputDirectory = output
      let error = #expect(throws: BuildError.self) {
        try SiteGenerator(options: options, stages: site.stages).generate()
      }
      let refused = error?.problems.contains {
        if case .outputRefused = $0.problem { true } else { false }
      }
      #expect(refused == true, "\(output.path): \(String(describing: error))")
    }
    #expect(
      FileManager.default.fileExists(atPath: site.content.appendingPathComponent("talks.md").path))
  }
}
