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
    /// The corpus of the briefings; the memory (in `briefing preview`, or from caches on disk)
    /// spares merging and reading again what the last build merged and read.
    public var assemble: @Sendable ([Briefing], AssemblyMemory) throws -> Corpus

    public init(
      cacheKey: String, extract: @escaping @Sendable (Article) throws -> Briefing,
      assemble: @escaping @Sendable ([Briefing], AssemblyMemory) throws -> Corpus
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
    public var plan: @Sendable (Corpus, SiteConfig, PageInputs) throws -> [Page]
    /// The bytes of a prepared page (`Page.prepared`); throws a `Diagnostic` for a bad template.
    public var render: @Sendable (Page) throws -> [UInt8]

    public init(
      plan: @escaping @Sendable (Corpus, SiteConfig, PageInputs) throws -> [Page],
      render: @escaping @Sendable (Page) throws -> [UInt8]
    ) {
      self.plan = plan
      self.render = render
    }
  }
}
