import BriefingModels
import BriefingParallel

/// What the relation and disagreement rules read from one briefing alone, given which side each
/// party is on: its relation edges, its statements that blame or deny, and the counts its
/// events' sentences give. They are most of the rules' work, and kept between builds
/// (``FactsMemory``), so an edit reads again only the edited briefing; the rules then join every
/// briefing's facts, which is cheap and gives exactly what reading every briefing gives.
public struct BriefingFacts: Codable, Sendable, Equatable {
  /// A relation edge the briefing gives, read from sentence `sentence`, whose `text` the
  /// relation quotes as evidence (kept here so the join reads no briefing's sentences).
  public struct RelationFact: Codable, Sendable, Equatable {
    public var kind: Relation.Kind
    public var from: String
    public var to: String
    public var sentence: Int
    public var text: String

    public init(kind: Relation.Kind, from: String, to: String, sentence: Int, text: String) {
      (self.kind, self.from, self.to, self.sentence, self.text) = (kind, from, to, sentence, text)
    }
  }

  /// A statement (by its position in the briefing's statements) that blames `blamed`, or denies
  /// a blame of `blamed`'s when `blames` is false, for `blamer`'s side.
  public struct BlameFact: Codable, Sendable, Equatable {
    public var statement: Int
    public var blamer: String
    public var blamed: String
    public var blames: Bool

    public init(statement: Int, blamer: String, blamed: String, blames: Bool) {
      (self.statement, self.blamer, self.blamed, self.blames) = (statement, blamer, blamed, blames)
    }
  }

  /// The exact counts a sentence of one of the briefing's events gives, with its series words
  /// and its `text`, which the count rule compares and quotes (kept here so the rule reads no
  /// briefing's sentences).
  public struct CountFact: Codable, Sendable, Equatable {
    public var sentence: Int
    public var counts: [CountReader.Count]
    /// ``Reports/seriesMarks(_:)``, sorted and joined by spaces.
    public var marks: String
    public var text: String

    public init(sentence: Int, counts: [CountReader.Count], marks: String, text: String) {
      (self.sentence, self.counts, self.marks, self.text) = (sentence, counts, marks, text)
    }
  }

  // Public for the generator's hand-written form of them in `facts.pack` (`FactsCoding`).
  public var relations: [RelationFact] = []
  public var blames: [BlameFact] = []
  /// Only sentences that give a count; every other event sentence gives none.
  public var counts: [CountFact] = []

  /// Facts as they were read (a cache giving back what it stored).
  public init(relations: [RelationFact], blames: [BlameFact], counts: [CountFact]) {
    (self.relations, self.blames, self.counts) = (relations, blames, counts)
  }

  /// The facts of `briefing` with the parties' sides `sides`.
  init(_ briefing: Briefing, sides: PartySides) {
    relations = RelationFinder.facts(of: briefing, sides: sides)
    blames = BlameDisagreements.facts(of: briefing, sides: sides)
    var seen: Set<Int> = []
    for e in briefing.events
    where seen.insert(e.sentence).inserted && briefing.sentences.indices.contains(e.sentence) {
      let text = briefing.sentences[e.sentence]
      let counts = CountReader.counts(in: text)
      if counts.isEmpty { continue }
      let marks = Reports.seriesMarks(text).sorted().joined(separator: " ")
      self.counts.append(CountFact(sentence: e.sentence, counts: counts, marks: marks, text: text))
    }
    self.counts.sort { $0.sentence < $1.sentence }
  }

  /// The facts of every briefing (in order), taken from `memory` where it holds them for the
  /// same briefing source and sides, read afresh elsewhere; `memory` then holds these.
  static func all(
    _ briefings: [Briefing], parties: [Party], memory: FactsMemory?
  ) -> [BriefingFacts] {
    let sides = PartySides(parties)
    guard let memory else {
      return briefings.concurrentMap { BriefingFacts($0, sides: sides) }
    }
    let (sources, last) = (memory.sources, memory.last)
    // Facts read under other sides are all read again (a parent changed in parties.yml).
    let kept = last.sides == sides ? last.facts : [:]
    let made = briefings.concurrentMap { b -> (facts: BriefingFacts, reused: Bool) in
      if let source = sources[b.article.id], let k = kept[b.article.id], k.source == source {
        return (k.facts, true)
      }
      return (BriefingFacts(b, sides: sides), false)
    }
    var next: [String: FactsMemory.Kept] = [:]
    for (b, m) in zip(briefings, made) {
      guard let source = sources[b.article.id] else { continue }
      next[b.article.id] = FactsMemory.Kept(source: source, facts: m.facts)
    }
    memory.last = FactsMemory.Last(sides: sides, facts: next)
    memory.lastReused = made.count(where: \.reused)
    return made.map(\.facts)
  }
}
