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
  /// whose source is the last build's are not read again for relations and disagreements.
  public func assemble(
    _ briefings: [Briefing], memory: TimelineMemory? = nil, facts: FactsMemory? = nil,
    dates: DateRuleMemory? = nil
  ) -> Corpus {
    let parties = PartyRegistry(gazetteer: gazetteer).merge(briefings)
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
    assemble(briefings, memory: memory.timeline, facts: memory.facts, dates: memory.dates)
  }
}

/// What an assembly may take from the last one: each date's timeline merge, each briefing's
/// facts and the date rule's verdicts (any may be missing: then it is done afresh).
public struct AssemblyMemory: Sendable {
  public var timeline: TimelineMemory?
  public var facts: FactsMemory?
  public var dates: DateRuleMemory?

  public init(
    timeline: TimelineMemory? = nil, facts: FactsMemory? = nil, dates: DateRuleMemory? = nil
  ) {
    self.timeline = timeline
    self.facts = facts
    self.dates = dates
  }
}

/// The corpus-wide party registry.
struct PartyRegistry: Sendable {
  let gazetteer: Gazetteer

  func merge(_ briefings: [Briefing]) -> [Party] {
    var parties: [String: Party] = [:]
    /// Parents given by texts, counted: a person's affiliation is the one most texts give.
    var parentVotes: [String: [String: Int]] = [:]
    for b in briefings {
      for p in b.parties {
        var merged =
          parties[p.id]
          ?? Party(
            id: p.id, name: p.name, kind: p.kind, parent: p.parent, aliases: [], role: p.role,
            description: p.description)
        for alias in p.aliases where alias != merged.name && !merged.aliases.contains(alias) {
          merged.aliases.append(alias)
        }
        if merged.role == nil { merged.role = p.role }
        if merged.description == nil { merged.description = p.description }
        if let parent = p.parent { parentVotes[p.id, default: [:]][parent, default: 0] += 1 }
        parties[p.id] = merged
      }
    }
    for (id, votes) in parentVotes {
      let known = gazetteer.entry(id)?.parent
      let best = votes.max { a, b in a.value < b.value || (a.value == b.value && a.key != known) }
      let isPerson = parties[id]?.kind == .person
      parties[id]?.parent = isPerson ? best?.key : (known ?? best?.key)
    }
    // Parents nobody named, so that every parent link leads to a party of the registry.
    var pending = parties.values.compactMap(\.parent)
    while let id = pending.popLast() {
      guard parties[id] == nil, let e = gazetteer.entry(id) else { continue }
      parties[id] = Party(
        id: e.id, name: e.name, kind: e.kind, parent: e.parent, aliases: [], role: e.role,
        description: e.description)
      if let p = e.parent { pending.append(p) }
    }
    return parties.values.sorted { $0.id < $1.id }
  }
}
