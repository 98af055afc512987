import BriefingExtraction
import BriefingIngest
import BriefingModels
import BriefingParallel
import BriefingStore
import Foundation

/// What a long-running process (`briefing preview`) keeps from one build to the next: the
/// readings of content/, the briefings extracted from them, what assembly merged and read of
/// them (`TimelineMemory`, `FactsMemory`) and the manifest it last wrote.
///
/// A rebuild then reads and extracts only the articles that changed and decodes none of the
/// caches in `.briefing-cache/`, which stay as complete as after a build without memory, so
/// the next cold build finds them whole. Everything is checked before it is used: a reading by
/// its file's signature, a briefing by its article and the extraction's key, the manifest by
/// the size and time of its file.
public final class BuildMemory: @unchecked Sendable {
  /// One article's briefing and extraction-cache record id, under one extraction key.
  struct Extraction: Sendable {
    var key: String
    var article: Article
    var briefing: Briefing
    var id: String?
  }

  /// The manifest last written, with its bytes and the size and time of its file.
  struct Manifest: Sendable {
    var manifest: OutputManifest
    var bytes: [UInt8]
    var stamp: FileSignature
  }

  public let readings = ReadingMemory()
  public let timeline = TimelineMemory()
  public let facts = FactsMemory()
  public let dates = DateRuleMemory()
  private let lock = NSLock()
  private var extractions: [String: Extraction] = [:]
  private var nextExtractions: [String: Extraction] = [:]
  private var manifests: [String: Manifest] = [:]

  public init() {}

  // MARK: briefings

  /// The briefing remembered for the article at its path, if made from exactly this article
  /// under this key.
  func extraction(of article: Article, key: String) -> Extraction? {
    guard let e = lock.withLock({ extractions[article.meta.path] }), e.key == key,
      e.article == article
    else { return nil }
    return e
  }

  /// Keeps a briefing for the next build.
  func remember(_ extraction: Extraction) {
    lock.withLock { nextExtractions[extraction.article.meta.path] = extraction }
  }

  /// Ends the extract step: the briefings it kept are the ones the next build finds.
  func finishExtraction() {
    lock.withLock {
      extractions = nextExtractions
      nextExtractions = [:]
    }
  }

  // MARK: manifest

  /// The manifest written last into `output`, if its file is still the one written.
  func manifest(in output: URL) -> Manifest? {
    let url = output.appendingPathComponent(OutputManifest.fileName)
    guard let m = lock.withLock({ manifests[output.path] }),
      FileSignature(path: url.path) == m.stamp
    else { return nil }
    return m
  }

  /// Remembers the manifest now in `output` (after a successful build).
  func remember(_ manifest: OutputManifest, bytes: [UInt8], in output: URL) {
    let url = output.appendingPathComponent(OutputManifest.fileName)
    guard let stamp = FileSignature(path: url.path) else { return }
    lock.withLock {
      manifests[output.path] = Manifest(manifest: manifest, bytes: bytes, stamp: stamp)
    }
  }
}
