import BriefingModels

/// Joins the briefings of a site into one corpus: one party registry (every alias an article
/// used, the gazetteer's hierarchy kept, missing parents added) and one timeline in which reports
/// of the same event from several articles become one entry with several sources.
public struct CorpusAssembler: Sendable {
  let gazetteer: Gazetteer

  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
  }

  /// The corpus of `briefings`; with `memory` (a long-running process, or caches on disk),
  /// dates whose events are the ones of the last build are not merged again, and briefings
  /// whose source is the last build's are not read again for relations and disagreements;
  /// with `contributions` (one per briefing), the party registry is merged from them.
  public func assemble(
    _ briefings: [Briefing], memory: TimelineMemory? = nil, facts: FactsMemory? = nil,
    dates: DateRuleMemory? = nil, contributions: Contributions? = nil
  ) -> Corpus {
    let registry = PartyRegistry(gazetteer: gazetteer)
    let parties: [Party]
    if let contributions, contributions.briefings.count == briefings.count {
      parties = registry.merge(contributions.briefings, table: contributions.table)
    } else {
      parties = registry.merge(briefings)
    }
    let read = BriefingFacts.all(briefings, parties: parties, memory: facts)
    var corpus = Corpus(
      briefings: briefings, parties: parties,
      timeline: TimelineMerger(memory: memory).merge(briefings),
      relations: RelationFinder.relations(briefings, read))
    corpus.disagreements = DisagreementFinder().find(in: corpus, facts: read, dates: dates)
    return corpus
  }

  /// The corpus of `briefings` with the memories of `memory`.
  public func assemble(_ briefings: [Briefing], memory: AssemblyMemory) -> Corpus {
    assemble(
      briefings, memory: memory.timeline, facts: memory.facts, dates: memory.dates,
      contributions: memory.contributions)
  }
}

/// What an assembly may take from the last one: each date's timeline merge, each briefing's
/// facts and the date rule's verdicts (any may be missing: then it is done afresh).
public struct AssemblyMemory: Sendable {
  public var timeline: TimelineMemory?
  public var facts: FactsMemory?
  public var dates: DateRuleMemory?
  /// The briefings' contributions (in their order), read from the store: the party registry
  /// is merged from them instead of from the briefings.
  public var contributions: Contributions?

  public init(
    timeline: TimelineMemory? = nil, facts: FactsMemory? = nil, dates: DateRuleMemory? = nil,
    contributions: Contributions? = nil
  ) {
    self.timeline = timeline
    self.facts = facts
    self.dates = dates
    self.contributions = contributions
  }
}
