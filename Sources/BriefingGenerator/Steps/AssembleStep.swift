import BriefingExtraction
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
/// timeline, relations, disagreements). It reuses each date's merge of the last build whose
/// reports are unchanged, and each briefing's facts (`BriefingFacts`) whose source is: in
/// `preview` from memory (`BuildMemory`), in `generate` from `TimelineCache` and `FactsCache`;
/// in `generate` the party registry is merged from the `ContributionStore`'s numbers.
struct AssembleStep: SiteBuildStep {
  var step: BuildStep { .assemble }

  func run(_ extracted: Extracted, in build: BuildContext) throws(BuildError) -> Assembled {
    let corpus: Corpus
    // `preview` keeps what it merged and read in memory; `generate` keeps it on disk.
    let kept = build.options.memory
    let directory = kept == nil ? build.options.cacheDirectory : nil
    let key = extracted.extraction.cacheKey
    var cache = TimelineCache(
      directory: directory, key: key, briefings: extracted.briefings,
      sources: extracted.sources)
    var factsCache = FactsCache(directory: directory, key: key, sources: extracted.sources)
    let datesCache = DateRuleCache(directory: directory, key: key)
    kept?.facts.sources = extracted.sources
    kept?.dates.sources = extracted.sources
    // The briefings' contributions to the party registry, stored by source: only the edited
    // briefings' are made from their strings.
    var store = directory.map { ContributionStore(directory: $0, key: key) }
    let contributions = store?.contributions(
      of: extracted.briefings, sources: extracted.sources)
    let memory = AssemblyMemory(
      timeline: kept?.timeline ?? cache?.memory(), facts: kept?.facts ?? factsCache?.memory(),
      dates: kept?.dates ?? datesCache?.memory(sources: extracted.sources),
      contributions: contributions?.contributions)
    // Each stored date's version, which the site's timeline keys read (``TimelineCache/save``).
    var versions: [String: String] = [:]
    do {
      corpus = try extracted.extraction.assemble(extracted.briefings, memory)
      if let used = contributions?.used { store?.save(used) }
      if let timeline = memory.timeline { versions = cache?.save(timeline) ?? [:] }
      if let facts = memory.facts { factsCache?.save(facts) }
      if let dates = memory.dates { datesCache?.save(dates) }
    } catch {
      throw BuildError(
        step: .assemble, .assemblyFailed(reason: Diagnostic.reason(error)),
        path: build.options.contentDirectory.path)
    }
    var inputs = Self.inputs(of: corpus, sources: extracted.sources)
    inputs.contributions = contributions?.contributions
    inputs.timelineVersions = versions
    return Assembled(corpus: corpus, inputs: inputs)
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
