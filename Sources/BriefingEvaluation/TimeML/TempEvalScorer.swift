import BriefingExtraction
import BriefingModels

/// One disagreement between the tagger and the gold annotation, for development listings.
public struct TempEvalError: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    case missed, spurious, span, type, value
  }

  public var kind: Kind
  public var document: String
  public var gold: Timex?
  public var system: Timex?
  /// Some words around the expression.
  public var context: String
}

/// Scores the temporal tagger against TimeML gold annotations, TempEval-3 style.
public struct TempEvalScorer: Sendable {
  public var tagger: TemporalTagger

  public init(tagger: TemporalTagger = TemporalTagger()) { self.tagger = tagger }

  /// Tags every document with its creation date and scores the result.
  public func score(_ corpus: TimeMLCorpus) -> (score: TempEvalScore, errors: [TempEvalError]) {
    var total = TempEvalScore()
    var errors: [TempEvalError] = []
    for doc in corpus.documents {
      let system = tagger.tag(doc.text, documentDate: doc.documentDate)
      let (score, docErrors) = Self.compare(gold: doc.timexes, system: system, in: doc)
      total = total + score
      errors += docErrors
    }
    return (total, errors)
  }

  /// Compares one document's gold and system expressions.
  public static func compare(gold: [Timex], system: [Timex], in doc: TimeMLDocument)
    -> (TempEvalScore, [TempEvalError])
  {
    var s = TempEvalScore()
    s.goldCount = gold.count
    s.systemCount = system.count
    var errors: [TempEvalError] = []
    let scalars = Array(doc.text.unicodeScalars)
    func context(_ t: Timex) -> String {
      let a = max(0, t.start - 50)
      let b = min(scalars.count, t.end + 50)
      return String(String.UnicodeScalarView(scalars[a..<b])).split(whereSeparator: \.isNewline)
        .joined(separator: " ")
    }
    func overlaps(_ a: Timex, _ b: Timex) -> Bool { a.start < b.end && b.start < a.end }
    for t in system {
      if gold.contains(where: { $0.start == t.start && $0.end == t.end }) {
        s.strictSystemMatches += 1
      }
      if gold.contains(where: { overlaps($0, t) }) {
        s.relaxedSystemMatches += 1
      } else {
        errors.append(
          TempEvalError(
            kind: .spurious, document: doc.id, gold: nil, system: t, context: context(t)))
      }
    }
    for g in gold {
      let candidates = system.filter { overlaps($0, g) }
      guard
        let best = candidates.max(by: {
          overlap($0, g) < overlap($1, g)
        })
      else {
        errors.append(
          TempEvalError(kind: .missed, document: doc.id, gold: g, system: nil, context: context(g)))
        continue
      }
      s.relaxedGoldMatches += 1
      s.pairs += 1
      let exact = best.start == g.start && best.end == g.end
      if exact { s.strictGoldMatches += 1 }
      if best.type == g.type { s.typeCorrect += 1 }
      if best.value == g.value { s.valueCorrect += 1 }
      let kind: TempEvalError.Kind? =
        best.value != g.value ? .value : best.type != g.type ? .type : exact ? nil : .span
      if let kind {
        errors.append(
          TempEvalError(kind: kind, document: doc.id, gold: g, system: best, context: context(g)))
      }
    }
    return (s, errors)
  }

  static func overlap(_ a: Timex, _ b: Timex) -> Int { min(a.end, b.end) - max(a.start, b.start) }
}
