import BriefingExtraction
import BriefingModels
import Foundation

/// Scores the extracted statements of GUM documents against GUM's attribution relations: was
/// the attribution found (a statement in a sentence that overlaps the gold content), with the
/// right speaker, and with the right content.
///
/// Interview turns are left out unless asked for: their speaker label is markup, not text, so
/// no reader of the text can find it.
public struct GUMAttributionScorer: Sendable {
  public var extractor: Extractor
  public var includeTurns: Bool
  /// Only attributions with a cue word in the text: without one (a photo credit "Image: X", a
  /// quotation set off with a dash) no reader of reporting words can find them.
  public var onlyCued: Bool

  public init(extractor: Extractor, includeTurns: Bool = false, onlyCued: Bool = false) {
    self.extractor = extractor
    self.includeTurns = includeTurns
    self.onlyCued = onlyCued
  }

  /// Scores every document and adds the counts up.
  public func score(_ documents: [GUMDocument]) -> GUMAttributionScore {
    documents.reduce(GUMAttributionScore()) { $0 + score($1) }
  }

  /// Extracts one document as a plain-text article and scores its statements.
  public func score(_ doc: GUMDocument) -> GUMAttributionScore {
    score(extractor.extract(Self.article(doc)), in: doc)
  }

  /// One document's statements, a line each: sentence, speaker, cue, stance and what was said.
  public func listing(_ doc: GUMDocument) -> [String] {
    extractor.extract(Self.article(doc)).statements.map { s in
      let who = s.hasParty ? s.party : "[\(s.speakerText ?? "")]"
      return "[\(s.sentence)] \(who) “\(s.cue)” \(s.stance.rawValue): \(s.text.prefix(90))"
    }
  }

  static func article(_ doc: GUMDocument) -> Article {
    Article(
      meta: ArticleMeta(id: doc.name, path: "\(doc.name).txt", title: doc.name, published: nil),
      body: doc.text, format: .text)
  }

  /// Scores a briefing of `doc` (extracted by any means) against `doc`'s attributions.
  public func score(_ briefing: Briefing, in doc: GUMDocument) -> GUMAttributionScore {
    let gold = doc.attributions.filter {
      (includeTurns || $0.kind != .turn) && (!onlyCued || $0.cue != nil || $0.kind == .turn)
    }
    let sentences = GUMText.locate(briefing.sentences, in: doc.text)
    let parties = Dictionary(briefing.parties.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let found = briefing.statements.map { st in
      ExtractedStatement(st, sentence: sentences[st.sentence], party: parties[st.party], doc: doc)
    }
    var out = GUMAttributionScore()
    for level in GUMAttributionScore.Level.allCases {
      var used = Set<Int>()
      var prf = PRF()
      prf.extracted = found.count
      prf.gold = gold.count
      for g in gold {
        let chain = Self.chainNames(g, doc)
        let candidates = found.indices.filter { k in
          !used.contains(k) && holds(level, found[k], g, chain)
        }
        guard let best = candidates.max(by: { found[$0].dice(g) < found[$1].dice(g) }) else {
          if level == .speaker { out.mistakes.append(mistake(g, found, chain, doc)) }
          if level == .content,
            let near = found.first(where: { holds(.speaker, $0, g, chain) })
          {
            out.mistakes.append(
              GUMAttributionMistake(
                kind: .wrongContent, document: doc.name,
                detail:
                  "“\(near.statement.text.prefix(70))” for “\(doc.slice(g.contentStart, g.contentEnd).prefix(70))”"
              ))
          }
          continue
        }
        used.insert(best)
        prf.matchedGold += 1
        prf.matchedExtracted += 1
        if level == .speaker { out.contentDice.append(found[best].dice(g)) }
      }
      if level == .found {
        for k in found.indices where !used.contains(k) {
          out.mistakes.append(
            GUMAttributionMistake(
              kind: .spurious, document: doc.name,
              detail:
                "\(found[k].who) “\(found[k].statement.cue)”: \(found[k].sentenceText.prefix(90))"
            ))
        }
      }
      out.levels[level] = prf
    }
    return out
  }

  private func holds(
    _ level: GUMAttributionScore.Level, _ st: ExtractedStatement, _ g: GUMAttribution,
    _ chain: Set<String>
  ) -> Bool {
    guard st.sentence.overlaps(g.contentStart..<g.contentEnd) else { return false }
    switch level {
    case .found: return true
    case .speaker: return st.speaks(for: g, chain: chain)
    case .content: return st.speaks(for: g, chain: chain) && st.dice(g) >= 0.5
    }
  }

  /// The named mentions of the gold speaker's chain, normalised: who "he" stands for.
  static func chainNames(_ g: GUMAttribution, _ doc: GUMDocument) -> Set<String> {
    var names = Set<String>()
    if let e = g.speakerEntity {
      for m in doc.mentions where m.entity == e { names.insert(GUMText.normalize(m.text)) }
    }
    if g.kind == .turn, let label = g.speakerText { names.insert(GUMText.normalize(label)) }
    return names
  }

  private func mistake(
    _ g: GUMAttribution, _ found: [ExtractedStatement], _ chain: Set<String>, _ doc: GUMDocument
  ) -> GUMAttributionMistake {
    let content = doc.slice(g.contentStart, g.contentEnd).prefix(80)
    let cue = g.cue.map { doc.slice($0.lowerBound, $0.upperBound) } ?? "-"
    let speaker = g.speakerText ?? "_"
    if let other = found.first(where: { $0.sentence.overlaps(g.contentStart..<g.contentEnd) }) {
      return GUMAttributionMistake(
        kind: .wrongSpeaker, document: doc.name,
        detail:
          "\(other.who) for “\(speaker)” (\(g.speakerType)) cue “\(cue)”: \(content)")
    }
    return GUMAttributionMistake(
      kind: .missing, document: doc.name,
      detail: "“\(speaker)” (\(g.speakerType)) cue “\(cue)”: \(content)")
  }
}

/// One extracted statement placed in the document: its sentence and content as byte ranges,
/// and the speaker's names and mentions in that sentence.
struct ExtractedStatement {
  var statement: Statement
  var sentence: Range<Int>
  var sentenceText: String
  var content: Range<Int>
  /// The party's name, aliases and every surface form it was mentioned with, normalised.
  var names: Set<String>
  /// Where the party, or the speaker no party stands for, is named in the statement's sentence.
  var mentions: [Range<Int>]

  init(_ st: Statement, sentence: Range<Int>, party: Party?, doc: GUMDocument) {
    statement = st
    self.sentence = sentence
    sentenceText = doc.slice(sentence.lowerBound, sentence.upperBound)
    content =
      GUMText.find(st.text, in: sentenceText).map {
        (sentence.lowerBound + $0.lowerBound)..<(sentence.lowerBound + $0.upperBound)
      } ?? sentence
    var names = Set<String>()
    var mentions: [Range<Int>] = []
    if let party {
      names.insert(GUMText.normalize(party.name))
      for a in party.aliases { names.insert(GUMText.normalize(a)) }
      for m in party.mentions {
        names.insert(GUMText.normalize(m.text))
        if m.sentence == st.sentence, let r = GUMText.find(m.text, in: sentenceText) {
          mentions.append(
            (sentence.lowerBound + r.lowerBound)..<(sentence.lowerBound + r.upperBound))
        }
      }
    }
    if let s = st.speaker { names.insert(GUMText.normalize(s)) }
    // A speaker no party stands for ("the researchers"): where the sentence names them.
    if let s = st.speakerText {
      names.insert(GUMText.normalize(s))
      if let r = GUMText.find(s, in: sentenceText) {
        mentions.append((sentence.lowerBound + r.lowerBound)..<(sentence.lowerBound + r.upperBound))
      }
    }
    self.names = names
    self.mentions = mentions
  }

  /// The speaker as a mistake lists it: the party id, or the text's words in brackets.
  var who: String { statement.hasParty ? statement.party : "[\(statement.speakerText ?? "")]" }

  /// The right speaker: named where the gold speaker stands, or the same entity as the gold
  /// speaker's chain by one of its names.
  func speaks(for g: GUMAttribution, chain: Set<String>) -> Bool {
    if let span = g.speakerSpan, mentions.contains(where: { $0.overlaps(span) }) { return true }
    if let t = g.speakerText, names.contains(GUMText.normalize(t)) { return true }
    return !names.isDisjoint(with: chain)
  }

  /// Dice overlap of the extracted content with the gold content, in bytes.
  func dice(_ g: GUMAttribution) -> Double {
    let gold = g.contentStart..<g.contentEnd
    let common = max(
      0, min(content.upperBound, gold.upperBound) - max(content.lowerBound, gold.lowerBound))
    let total = content.count + gold.count
    return total == 0 ? 0 : 2 * Double(common) / Double(total)
  }
}

/// Byte-offset helpers over a document's text.
enum GUMText {
  /// The UTF-8 byte range of each sentence, found in order; a sentence that cannot be found
  /// (the splitter changed its text) takes the empty range where the search stood.
  static func locate(_ sentences: [String], in text: String) -> [Range<Int>] {
    let bytes = Array(text.utf8)
    var cursor = 0
    return sentences.map { s in
      let needle = Array(s.utf8)
      if let at = search(needle, in: bytes, from: cursor) {
        cursor = at + needle.count
        return at..<(at + needle.count)
      }
      return cursor..<cursor
    }
  }

  /// The byte range of `needle` in `haystack`, if it occurs.
  static func find(_ needle: String, in haystack: String) -> Range<Int>? {
    let n = Array(needle.utf8)
    return search(n, in: Array(haystack.utf8), from: 0).map { $0..<($0 + n.count) }
  }

  static func search(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, bytes.count - needle.count >= start else { return nil }
    for k in start...(bytes.count - needle.count) where bytes[k] == needle[0] {
      if bytes[k..<(k + needle.count)].elementsEqual(needle) { return k }
    }
    return nil
  }

  /// Lower case, "the" and a possessive dropped: "The Church's" and "the church" are one name.
  static func normalize(_ s: String) -> String {
    var t = s.lowercased().trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    if t.hasPrefix("the ") { t.removeFirst(4) }
    if t.hasSuffix("'s") || t.hasSuffix("’s") { t.removeLast(2) }
    return t
  }
}
