import BriefingModels
import Foundation

/// One sentence of a briefing as the relation finder reads it: where each party is named in
/// it, and how (as an actor, or only as a possessive "Kyiv's sponsors" or an attribute "a NATO
/// member", which name someone else).
struct RelationSentence {
  let text: String
  /// Party id → where its mentions start and end in `text`.
  let mentions: [String: [Range<String.Index>]]
  /// Who speaks in the sentence.
  let speakers: [Statement]

  init(_ briefing: Briefing, sentence i: Int) {
    text = briefing.sentences[i]
    var found: [String: [Range<String.Index>]] = [:]
    for p in briefing.parties {
      for m in p.mentions where m.sentence == i && !m.text.isEmpty {
        var from = text.startIndex
        while let r = text.range(of: m.text, range: from..<text.endIndex) {
          found[p.id, default: []].append(r)
          from = r.upperBound
        }
      }
    }
    mentions = found
    speakers = briefing.statements.filter { $0.sentence == i }
  }

  /// Whether `id` is named in the sentence at all.
  func names(_ id: String) -> Bool { !(mentions[id] ?? []).isEmpty }

  /// "Kyiv's Western sponsors", "Ukraine’s allies": the name stands for someone else.
  func isPossessive(_ r: Range<String.Index>) -> Bool {
    let rest = text[r.upperBound...]
    return rest.hasPrefix("'s") || rest.hasPrefix("’s") || rest.hasPrefix("' ")
      || rest.hasPrefix("’ ")
  }

  /// "a NATO member", "an EU state": the name only describes someone else.
  func isAttribute(_ r: Range<String.Index>) -> Bool {
    let before = text[..<r.lowerBound].lowercased()
    return before.hasSuffix(" a ") || before.hasSuffix(" an ") || before == "a " || before == "an "
  }

  /// Named only as a possessive or an attribute: not itself an actor of the sentence.
  func namesOnlyInPassing(_ id: String) -> Bool {
    guard let ranges = mentions[id], !ranges.isEmpty else { return false }
    return ranges.allSatisfy { isPossessive($0) || isAttribute($0) }
  }

  /// Whether `id` is named, not as a possessive, within `words` words after the statement's
  /// reporting words ("accused Kyiv", "called on the Kremlin"); false when the cue is not found.
  func namesTarget(_ id: String, rightAfter cue: String, words: Int = 3) -> Bool {
    guard !cue.isEmpty, let c = text.range(of: cue, options: .caseInsensitive) else { return false }
    return (mentions[id] ?? []).contains { r in
      guard r.lowerBound >= c.upperBound, !isPossessive(r) else { return false }
      let between = text[c.upperBound..<r.lowerBound].split(whereSeparator: \.isWhitespace)
      return between.count <= words
    }
  }
}
