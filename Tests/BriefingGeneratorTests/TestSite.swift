import BriefingModels
import BriefingSite
import BriefingStore
import Foundation

@testable import BriefingGenerator

/// A throwaway site folder (content/, templates/, output/) and stand-in build stages whose
/// behaviour a test can change: fail at a step, count renders, plan hostile paths.
final class TestSite: @unchecked Sendable {
  let root: URL
  var content: URL { root.appendingPathComponent("content") }
  var templates: URL { root.appendingPathComponent("templates") }
  var output: URL { root.appendingPathComponent("output") }

  private let lock = NSLock()
  private var _renders = 0
  private var _extractions = 0
  var renders: Int { lock.withLock { _renders } }
  var extractions: Int { lock.withLock { _extractions } }

  /// Knobs for the stand-in stages.
  var failExtractOn: String?
  var failAssemble = false
  var failRenderOn: String?
  var extraPaths: [String] = []
  var cacheKey = "k1"

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("gen-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
  }

  deinit { remove() }

  /// Removes the site's folder; for a test whose build keeps the site alive to the exit.
  func remove() {
    chmodRecursively(root)
    try? FileManager.default.removeItem(at: root)
  }

  func write(_ path: String, _ text: String, in folder: URL? = nil) throws {
    let url = (folder ?? content).appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func article(_ slug: String, title: String, body: String = "Talks resumed on Monday.") throws {
    try write("\(slug).md", "---\ntitle: \(title)\ndate: 2025-06-02\n---\n\(body)\n")
  }

  var cacheDirectory: URL { root.appendingPathComponent(".briefing-cache") }

  /// The extraction cache's pack as the last build left it.
  func cachePack() -> ExtractionPack {
    ExtractionPack(contentsOf: cacheDirectory.appendingPathComponent(ExtractionCache.packName))
  }

  func options(faults: FaultInjection = FaultInjection()) -> GenerateOptions {
    GenerateOptions(
      contentDirectory: content, templatesDirectory: templates, outputDirectory: output,
      cacheDirectory: cacheDirectory, faults: faults)
  }

  func generator(faults: FaultInjection = FaultInjection()) -> SiteGenerator {
    SiteGenerator(options: options(faults: faults), stages: stages)
  }

  var stages: BuildStages {
    BuildStages(
      prepareExtraction: { _ in
        BuildStages.Extraction(
          cacheKey: self.cacheKey,
          extract: { article in
            self.lock.withLock { self._extractions += 1 }
            if article.meta.id == self.failExtractOn { throw TestFailure("extractor failed") }
            return Briefing(article: article.meta, sentences: [article.body])
          },
          assemble: { briefings, _ in
            if self.failAssemble { throw TestFailure("assembler failed") }
            return Corpus(briefings: briefings, parties: [], timeline: [])
          })
      },
      prepareRendering: { _ in
        BuildStages.Rendering(
          plan: { corpus, _, _ in
            var pages: [(String, String)] = [
              ("index.html", corpus.briefings.map(\.article.title).joined(separator: "\n"))
            ]
            for b in corpus.briefings {
              pages.append(
                (
                  "briefings/\(b.article.id)/index.html",
                  b.article.title + "\n" + b.sentences.joined()
                ))
            }
            pages += self.extraPaths.map { ($0, "extra") }
            return pages.map { path, text in
              Page(path: path, mediaType: "text/plain", bytes: Array(text.utf8))
            }
          },
          render: { page in
            self.lock.withLock { self._renders += 1 }
            if page.path == self.failRenderOn { throw TestFailure("template failed") }
            return page.bytes ?? []
          })
      })
  }

  /// Every file and folder under output/ with its bytes and modification date (folders: neither,
  /// since creating and removing an entry inside a folder changes the folder's date).
  func snapshot() -> [String: Snapshot] {
    var result: [String: Snapshot] = [:]
    guard let walker = FileManager.default.enumerator(atPath: output.path) else { return result }
    while let relative = walker.nextObject() as? String {
      let url = output.appendingPathComponent(relative)
      let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
      let isFolder = attributes?[.type] as? FileAttributeType == .typeDirectory
      result[relative] = Snapshot(
        bytes: isFolder ? nil : (try? Data(contentsOf: url)),
        modified: isFolder ? nil : attributes?[.modificationDate] as? Date)
    }
    return result
  }

  struct Snapshot: Equatable {
    var bytes: Data?
    var modified: Date?
  }

  private func chmodRecursively(_ url: URL) {
    guard let walker = FileManager.default.enumerator(atPath: url.path) else { return }
    while let relative = walker.nextObject() as? String {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(relative).path)
    }
  }
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}
