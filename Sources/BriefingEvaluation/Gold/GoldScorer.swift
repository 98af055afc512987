import BriefingModels

/// Scores one briefing against its gold file, as `Evaluation/gold/README.md` describes:
/// parties as sets of ids, an extracted id read as the gold id it stands for
/// (``GoldPartyAlignment``); an event matches when its sentence contains the gold quote and its
/// date value is the gold date; a statement matches when its sentence contains the gold quote and
/// its party is the gold party. Matching is one-to-one; attributes are scored over matches, and a
/// matched event's parties also as sets of ids (each gold id found or missed, each extracted id
/// right or spurious).
public struct GoldScorer: Sendable {
  public init() {}

  public func score(_ briefing: Briefing, against gold: GoldFile) -> GoldScore {
    var s = GoldScore()
    let name = gold.article
    func mistake(_ kind: GoldMistake.Kind, _ detail: String) {
      s.mistakes.append(GoldMistake(article: name, kind: kind, detail: detail))
    }
    let sentences = briefing.sentences.map(Self.normalize)
    func sentence(_ i: Int) -> String { i >= 0 && i < sentences.count ? sentences[i] : "" }

    // Parties, each extracted id read as the gold id it stands for (GoldPartyAlignment).
    let alignment = GoldPartyAlignment(extracted: briefing.parties, gold: gold.parties)
    let goldID = alignment.goldID
    for (id, goldID) in alignment.renamed.sorted(by: { $0.key < $1.key }) {
      s.renamedParties.append("\(name): \(id) → \(goldID)")
    }
    let goldParties = Set(gold.parties.map(\.id))
    let extractedParties = Set(briefing.parties.map { goldID($0.id) })
    s.parties.count(extracted: extractedParties, gold: goldParties)
    for id in goldParties.subtracting(extractedParties).sorted() { mistake(.missingParty, id) }
    for id in extractedParties.subtracting(goldParties).sorted() {
      let names = briefing.parties.first { $0.id == id }?.mentions.map(\.text) ?? []
      mistake(.spuriousParty, "\(id) \(Array(Set(names)).sorted())")
    }

    // Events.
    s.events.gold = gold.events.count
    s.events.extracted = briefing.events.count
    var usedEvents: Set<Int> = []
    for g in gold.events {
      let quote = Self.normalize(g.quote)
      guard
        let k = briefing.events.indices.first(where: { k in
          !usedEvents.contains(k) && briefing.events[k].date.value == g.date
            && sentence(briefing.events[k].sentence).contains(quote)
        })
      else {
        let near = briefing.events.first { sentence($0.sentence).contains(quote) }
        mistake(
          .missingEvent,
          "\(g.date) \(g.kind) “\(g.quote)”"
            + (near.map { " (found with date \($0.date.value))" } ?? ""))
        continue
      }
      usedEvents.insert(k)
      s.events.matchedGold += 1
      let e = briefing.events[k]
      s.eventKind.count(e.kind.rawValue == g.kind)
      if e.kind.rawValue != g.kind {
        mistake(.eventKind, "\(e.kind.rawValue) for \(g.kind): “\(g.quote)”")
      }
      let gp = Set(g.parties ?? [])
      let ep = Set(e.parties.map(goldID))
      s.eventParties.count(ep == gp)
      s.eventPartyIDs.count(extracted: ep, gold: gp)
      if ep != gp {
        let missing = gp.subtracting(ep).sorted()
        let spurious = ep.subtracting(gp).sorted()
        mistake(
          .eventParties,
          "\(ep.sorted()) for \(gp.sorted())"
            + (missing.isEmpty ? "" : " missing \(missing)")
            + (spurious.isEmpty ? "" : " spurious \(spurious)") + ": “\(g.quote)”")
      }
      let gl = Set((g.places ?? []).map { $0.lowercased() })
      let el = Set(e.places.map { $0.lowercased() })
      s.eventPlaces.count(gl == el)
      if gl != el {
        mistake(.eventPlaces, "\(e.places.sorted()) for \((g.places ?? []).sorted()): “\(g.quote)”")
      }
    }
    s.events.matchedExtracted = usedEvents.count
    for (k, e) in briefing.events.enumerated() where !usedEvents.contains(k) {
      mistake(
        .spuriousEvent,
        "\(e.date.value) \(e.kind.rawValue) [\(e.sentence)] “\(Self.clip(briefing.sentences[safe: e.sentence]))”"
      )
    }

    // Statements. The gold files give every statement a party (unnamed officials go to the
    // body or state named, Evaluation/gold/README.md), so a statement whose speaker no party
    // stands for ("International observers say") is outside what they annotate: not scored.
    let statements = briefing.statements.filter(\.hasParty)
    s.statements.gold = gold.statements.count
    s.statements.extracted = statements.count
    var usedStatements: Set<Int> = []
    for g in gold.statements {
      let quote = Self.normalize(g.quote)
      guard
        let k = statements.indices.first(where: { k in
          !usedStatements.contains(k) && goldID(statements[k].party) == g.party
            && sentence(statements[k].sentence).contains(quote)
        })
      else {
        let near = statements.first { sentence($0.sentence).contains(quote) }
        mistake(
          .missingStatement,
          "\(g.party) \(g.stance) “\(g.quote)”"
            + (near.map { " (found as \($0.party) \($0.stance.rawValue))" } ?? ""))
        continue
      }
      usedStatements.insert(k)
      s.statements.matchedGold += 1
      let st = statements[k]
      s.stance.count(st.stance.rawValue == g.stance)
      if st.stance.rawValue != g.stance {
        mistake(.stance, "\(st.stance.rawValue) for \(g.stance): \(g.party) “\(g.quote)”")
      }
      let target = st.target.map(goldID)
      s.target.count(target == g.target)
      if target != g.target {
        mistake(.target, "\(target ?? "null") for \(g.target ?? "null"): \(g.party) “\(g.quote)”")
      }
    }
    s.statements.matchedExtracted = usedStatements.count
    for (k, st) in statements.enumerated() where !usedStatements.contains(k) {
      mistake(
        .spuriousStatement,
        "\(st.party) \(st.stance.rawValue) “\(st.cue)” [\(st.sentence)] “\(Self.clip(briefing.sentences[safe: st.sentence]))”"
      )
    }
    return s
  }

  /// Whitespace collapsed and typographic quotes straightened, so a quote copied from the file
  /// matches the sentence as the splitter returns it.
  static func normalize(_ s: String) -> String {
    var out = ""
    var space = false
    for ch in s {
      if ch.isWhitespace {
        space = true
        continue
      }
      if space && !out.isEmpty { out.append(" ") }
      space = false
      switch ch {
      case "’", "‘": out.append("'")
      case "“", "”": out.append("\"")
      default: out.append(ch)
      }
    }
    return out
  }

  static func clip(_ s: String?) -> String {
    guard let s else { return "" }
    return s.count > 90 ? String(s.prefix(87)) + "..." : s
  }
}

extension Array {
  subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
