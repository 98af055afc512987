import BriefingModels
import BriefingSite
import BriefingStore
import Foundation

/// What the assemble step gives the plan step: the corpus and what it was made from.
struct Assembled: Sendable {
  var corpus: Corpus
  var inputs: PageInputs
}

/// assemble: `Extracted` → `Assembled`: the briefings merged into one corpus (parties,
/// timeline). It reuses each date's merge of the last build whose reports are unchanged: in
/// `preview` from memory (`TimelineMemory`), in `generate` from `TimelineCache`.
struct AssembleStep: SiteBuildStep {
  var step: BuildStep { .assemble }

  func run(_ extracted: Extracted, in build: BuildContext) throws(BuildError) -> Assembled {
    let corpus: Corpus
    // `preview` keeps each date's merge in memory; `generate` keeps it on disk.
    var cache =
      build.options.memory == nil
      ? TimelineCache(
        directory: build.options.cacheDirectory, key: extracted.extraction.cacheKey,
        briefings: extracted.briefings, sources: extracted.sources) : nil
    let memory = build.options.memory?.timeline ?? cache?.memory()
    do {
      corpus = try extracted.extraction.assemble(extracted.briefings, memory)
      if let memory { cache?.save(memory) }
    } catch {
      throw BuildError(
        step: .assemble, .assemblyFailed(reason: Diagnostic.reason(error)),
        path: build.options.contentDirectory.path)
    }
    return Assembled(corpus: corpus, inputs: Self.inputs(of: corpus, sources: extracted.sources))
  }

  /// What the corpus was made from: each briefing's source, and, when every briefing has one,
  /// their hash in corpus order, which decides the whole corpus (parties and timeline are
  /// assembled from the briefings, the editor's parties are in the extraction's key).
  static func inputs(of corpus: Corpus, sources: [String: String]) -> PageInputs {
    var key = StableHash()
    key.add("corpus 1")
    for b in corpus.briefings {
      guard let source = sources[b.article.id] else {
        return PageInputs(briefingSources: sources, tool: ToolIdentity.current)
      }
      key.add(b.article.id)
      key.add(source)
    }
    return PageInputs(briefingSources: sources, corpus: key.hex, tool: ToolIdentity.current)
  }
}
