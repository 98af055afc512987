import BriefingModels

/// Reads who stands with whom out of the briefings: `met` from meetings and talks with two or
/// more parties, `agreed` from agreements said to be reached, `accused` and `demanded` from
/// statements aimed at a party.
///
/// Precision comes first, since a wrong edge misleads: a pair on the same side (one party
/// within the other, or two bodies of one state) is no relation; a meeting or agreement whose
/// sentence is negated, conditional or still to come ("failed to meet", "will sign", a date
/// after the article's) is none either; an agreement needs a verb that says one was reached.
struct RelationFinder: Sendable {
  /// The merged registry: parents decide which parties are on the same side.
  let parties: [Party]

  func relations(_ briefings: [Briefing]) -> [Relation] {
    let sides = Sides(parties)
    return Self.relations(briefings, briefings.map { BriefingFacts($0, sides: sides) })
  }

  /// The relations of the briefings whose facts (in the same order) are `facts`: every edge
  /// with the sentences that give it, in (from, to, kind) order.
  static func relations(_ briefings: [Briefing], _ facts: [BriefingFacts]) -> [Relation] {
    var found: [Key: Set<Evidence>] = [:]
    var texts: [Evidence: String] = [:]
    for (b, f) in zip(briefings, facts) {
      for r in f.relations {
        let e = Evidence(article: b.article.id, sentence: r.sentence)
        found[Key(from: r.from, to: r.to, kind: r.kind), default: []].insert(e)
        texts[e] = r.text
      }
    }
    return found.keys.sorted().map { key in
      Relation(
        from: key.from, to: key.to, kind: key.kind,
        evidence: found[key]!.sorted().map {
          RelationEvidence(article: $0.article, sentence: $0.sentence, text: texts[$0] ?? "")
        })
    }
  }

  /// The edges one briefing gives, in the order it gives them.
  static func facts(of b: Briefing, sides: Sides) -> [BriefingFacts.RelationFact] {
    var found: [BriefingFacts.RelationFact] = []
    func add(_ kind: Relation.Kind, _ a: String, _ other: String, _ i: Int) {
      guard a != other, !sides.same(a, other), b.sentences.indices.contains(i) else { return }
      let (from, to) = kind.isSymmetric && other < a ? (other, a) : (a, other)
      found.append(.init(kind: kind, from: from, to: to, sentence: i, text: b.sentences[i]))
    }
    for event in b.events {
      let kind: Relation.Kind
      switch event.kind {
      case .meeting: kind = .met
      case .agreement: kind = .agreed
      default: continue
      }
      guard b.sentences.indices.contains(event.sentence) else { continue }
      let sentence = RelationSentence(b, sentence: event.sentence)
      let cased = words(sentence.text)
      let lower = cased.map { $0.lowercased() }
      guard !unrealised(cased),
        !after(event.date, b.article.published),
        lower.contains(where: (kind == .met ? meetingWords : agreementVerbs).contains)
      else { continue }
      let ids = participants(event, in: sentence, sides)
      for (i, a) in ids.enumerated() {
        for other in ids[(i + 1)...] { add(kind, a, other, event.sentence) }
      }
    }
    for s in b.statements where s.hasParty {
      guard let target = s.target, b.sentences.indices.contains(s.sentence) else { continue }
      let kind: Relation.Kind
      switch s.stance {
      case .accuse: kind = .accused
      case .demand: kind = .demanded
      default: continue
      }
      // The target named right after the reporting words ("accused Kyiv of …"), not further
      // on ("accused European governments of pushing Kyiv …"); the speaker not only a
      // possessive ("Ukraine's allies urged …").
      let sentence = RelationSentence(b, sentence: s.sentence)
      guard sentence.namesTarget(target, rightAfter: s.cue),
        !sentence.namesOnlyInPassing(s.party)
      else { continue }
      add(kind, s.party, target, s.sentence)
    }
    return found
  }

  /// Who took part in a meeting or agreement as its sentence says: not who reports it ("According
  /// to Fidan, the sides agreed …" is no agreement of Fidan's, nor of Türkiye's), nor a party
  /// named only in passing ("a NATO member").
  static func participants(
    _ event: Event, in sentence: RelationSentence, _ sides: Sides
  ) -> [String] {
    let speakers = Set(sentence.speakers.map(\.party))
    let speakerSides = Set(speakers.map(sides.root))
    return Self.distinct(event.parties).filter { id in
      !speakers.contains(id) && !(speakerSides.contains(id) && sides.root(id) == id)
        && !sentence.namesOnlyInPassing(id)
    }
  }

  private struct Key: Hashable, Comparable {
    var from: String
    var to: String
    var kind: Relation.Kind

    static func < (a: Key, b: Key) -> Bool {
      let ka = Relation.Kind.allCases.firstIndex(of: a.kind) ?? 0
      let kb = Relation.Kind.allCases.firstIndex(of: b.kind) ?? 0
      return (a.from, a.to, ka) < (b.from, b.to, kb)
    }
  }

  private struct Evidence: Hashable, Comparable {
    var article: String
    var sentence: Int

    static func < (a: Evidence, b: Evidence) -> Bool {
      (a.article, a.sentence) < (b.article, b.sentence)
    }
  }

  typealias Sides = PartySides

  static func distinct(_ ids: [String]) -> [String] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }

  /// The words of a sentence, in their own case ("May" the month is not "may" the verb).
  /// An all-ASCII sentence is split byte by byte (its letters are `A-Z` and `a-z`), the same
  /// words as character by character, without Unicode properties.
  static func words(_ sentence: String) -> [String] {
    if sentence.utf8.allSatisfy({ $0 < 0x80 }) {
      return sentence.utf8.split {
        !(($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z")
          || $0 == UInt8(ascii: "'"))
      }.map { String(decoding: $0, as: UTF8.self) }
    }
    return sentence.split { !($0.isLetter || $0 == "'" || $0 == "’") }.map(String.init)
  }

  /// Words that say a meeting or agreement did not happen, may not, or is still to come.
  static let unrealisedWords: WordSet = [
    "not", "no", "never", "neither", "nor", "without", "failed", "fail", "fails", "refused",
    "refuses", "declined", "declines", "cancelled", "canceled", "postponed", "rejected",
    "will", "would", "could", "might", "should", "shall", "may", "if", "unless", "whether",
    "plan", "plans", "planned", "planning", "expected", "expect", "expects", "proposed",
    "propose", "proposes", "offered", "offer", "offers", "next", "possible", "possibly",
    "hope", "hopes", "hoped", "ready", "readiness", "willing", "invited", "invite", "upcoming",
    "scheduled", "set", "prepare", "preparing", "violated", "violation", "broke", "breach",
  ]

  static func unrealised(_ words: [String]) -> Bool {
    words.contains { w in
      unrealisedWords.contains(w == "May" ? w : w.lowercased())
        || w.hasSuffix("n't") || w.hasSuffix("n’t")
    }
  }

  /// Words that say a meeting took place ("gathered", "visited" name other happenings too).
  static let meetingWords: WordSet = [
    "met", "meet", "meets", "meeting", "meetings", "talks", "summit", "negotiations", "round",
    "rounds", "hosted", "convened",
  ]

  /// Verbs that say an agreement was reached.
  static let agreementVerbs: WordSet = [
    "agreed", "signed", "reached", "struck", "concluded", "sealed", "ratified",
  ]

  /// Whether the event is dated after its article: then it was planned, not held.
  static func after(_ date: EventDate, _ published: String?) -> Bool {
    guard let published, published.count >= 10 else { return false }
    let length: Int
    switch date.precision {
    case .day: length = 10
    case .month: length = 7
    case .year: length = 4
    default: return false
    }
    guard date.value.count >= length, date.value.first?.isNumber == true else { return false }
    return date.value.prefix(length) > published.prefix(length)
  }
}

extension Array {
  fileprivate subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
