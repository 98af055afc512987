import BriefingExtraction
import BriefingIngest
import BriefingModels
import BriefingParallel
import BriefingSite
import BriefingStore
import Foundation

/// The work behind the extract, assemble, plan and render steps, as plain functions.
///
/// `SiteGenerator` runs the real modules (`BuildStages.standard`); tests pass stand-ins, e.g.
/// a renderer that fails on one page, to prove what a failure leaves behind.
public struct BuildStages: Sendable {
  /// Prepares extraction for the editor's parties (throws when the gazetteer cannot load).
  public var prepareExtraction: @Sendable (_ parties: [PartyDefinition]) throws -> Extraction
  /// Loads the templates (throws with the template's file and line when one is bad).
  public var prepareRendering: @Sendable (_ templatesDirectory: URL) throws -> Rendering

  public init(
    prepareExtraction: @escaping @Sendable ([PartyDefinition]) throws -> Extraction,
    prepareRendering: @escaping @Sendable (URL) throws -> Rendering
  ) {
    self.prepareExtraction = prepareExtraction
    self.prepareRendering = prepareRendering
  }

  /// Extraction for one build.
  public struct Extraction: Sendable {
    /// Changes whenever `extract` could give other results for the same article (the tool's
    /// build, the editor's parties): part of every cache key.
    public var cacheKey: String
    public var extract: @Sendable (Article) throws -> Briefing
    /// The corpus of the briefings; the memory (in `briefing preview`) spares merging again
    /// what the last build merged.
    public var assemble: @Sendable ([Briefing], TimelineMemory?) throws -> Corpus

    public init(
      cacheKey: String, extract: @escaping @Sendable (Article) throws -> Briefing,
      assemble: @escaping @Sendable ([Briefing], TimelineMemory?) throws -> Corpus
    ) {
      self.cacheKey = cacheKey
      self.extract = extract
      self.assemble = assemble
    }
  }

  /// Planning and rendering for one build.
  public struct Rendering: Sendable {
    /// The pages of a corpus; the `PageInputs` say what the corpus was made from, so pages
    /// made from unchanged inputs can be skipped without being built.
    public var plan: @Sendable (Corpus, SiteConfig, PageInputs) throws -> [PlannedPage]

    public init(
      plan: @escaping @Sendable (Corpus, SiteConfig, PageInputs) throws -> [PlannedPage]
    ) {
      self.plan = plan
    }
  }
}

/// One file of the planned site: its path below output/, what decides its bytes, and how to
/// render it.
///
/// A rebuild asks as little as it can: if the page's `key` (a hash of its inputs) is the one
/// of the file on disk, nothing is built; otherwise `prepare` builds the page and hashes it
/// into a fingerprint, and only a new fingerprint means rendering.
public struct PlannedPage: Sendable {
  public var path: String
  /// Hash of everything the page is made from, when known: equal keys mean equal bytes.
  public var key: String?
  /// A page that takes long to build (a big data file): started before the others, so it
  /// does not run alone at the end of the step while the other cores wait.
  public var startsEarly = false
  /// Builds the page (its model, or its bytes): may be expensive. With `false`, the page's
  /// fingerprint may be left empty: a first build has nothing to compare it with.
  public var prepare: @Sendable (_ fingerprinted: Bool) -> Prepared

  /// A page built: its fingerprint, and how to render it.
  public struct Prepared: Sendable {
    /// Changes whenever the page's bytes could; equal fingerprints mean the page need not render.
    public var fingerprint: String
    public var render: @Sendable () throws -> [UInt8]
    /// The ``ByteDigest`` of the bytes `render` returns, when building already computed it.
    public var byteDigest: String?
    /// The page template's name for a document page (whose render time `--timings` reports).
    public var kind: String?

    public init(
      fingerprint: String, byteDigest: String? = nil, kind: String? = nil,
      render: @escaping @Sendable () throws -> [UInt8]
    ) {
      self.fingerprint = fingerprint
      self.byteDigest = byteDigest
      self.kind = kind
      self.render = render
    }
  }

  public init(path: String, key: String?, prepare: @escaping @Sendable (Bool) -> Prepared) {
    self.path = path
    self.key = key
    self.prepare = prepare
  }

  /// A page with no key whose fingerprint is known at plan time.
  public init(path: String, fingerprint: String, render: @escaping @Sendable () throws -> [UInt8]) {
    self.init(path: path, key: nil) { _ in Prepared(fingerprint: fingerprint, render: render) }
  }
}
