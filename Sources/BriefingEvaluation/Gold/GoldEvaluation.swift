import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation

/// Runs the extraction pipeline over every article of the gold set and scores it.
///
/// Each article is read as the site reads it (`ArticleReader`), dated by its gold file's `date`,
/// and extracted with the built-in gazetteer extended by the repository's `content/parties.yml`
/// when there is one — the same parties an editor's site would use.
public struct GoldEvaluation: Sendable {
  public var repositoryRoot: URL
  public var goldDirectory: URL
  /// The name model to extract with; `nil` for the built-in one.
  public var names: NameModel?

  public init(repositoryRoot: URL, goldDirectory: URL, names: NameModel? = nil) {
    self.repositoryRoot = repositoryRoot
    self.goldDirectory = goldDirectory
    self.names = names
  }

  /// The scores per article (in gold file order) and in total.
  public struct Report: Sendable {
    public var articles: [(path: String, score: GoldScore)]
    public var total: GoldScore
  }

  public func run() throws -> Report {
    let set = try GoldSet.load(directory: goldDirectory)
    let gazetteer = try GoldInputs.gazetteer(repositoryRoot: repositoryRoot)
    let extractor =
      names.map { Extractor(gazetteer: gazetteer, names: $0) } ?? Extractor(gazetteer: gazetteer)
    let scorer = GoldScorer()
    var articles: [(String, GoldScore)] = []
    var total = GoldScore()
    for gold in set.files {
      var article = try GoldInputs.article(of: gold, repositoryRoot: repositoryRoot)
      article.meta.published = gold.date
      article.dateOrigin = .commandLine
      let score = scorer.score(extractor.extract(article), against: gold)
      articles.append((gold.article, score))
      total = total + score
    }
    return Report(articles: articles, total: total)
  }
}

extension GoldEvaluation.Report {
  /// The figures as a table, and the mistakes when asked for.
  public func text(listingMistakes: Bool) -> String {
    func pct(_ x: Double) -> String { String(format: "%5.1f", x * 100) }
    var lines: [String] = []
    lines.append("gold set: \(articles.count) articles")
    lines.append("kind        P      R      F1    (matched/extracted, matched/gold)")
    for (name, prf) in [
      ("parties", total.parties), ("events", total.events), ("statements", total.statements),
    ] {
      lines.append(
        "\(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(pct(prf.precision))  \(pct(prf.recall))  \(pct(prf.f1))   (\(prf.matchedExtracted)/\(prf.extracted), \(prf.matchedGold)/\(prf.gold))"
      )
    }
    let ids = total.eventPartyIDs
    lines.append(
      "event parties as sets over matched events: P \(pct(ids.precision))  R \(pct(ids.recall))  F1 \(pct(ids.f1))   (\(ids.matchedExtracted)/\(ids.extracted), \(ids.matchedGold)/\(ids.gold))"
    )
    lines.append("attribute accuracy over matches:")
    for (name, acc) in [
      ("event kind", total.eventKind), ("event parties", total.eventParties),
      ("event places", total.eventPlaces), ("statement stance", total.stance),
      ("statement target", total.target),
    ] {
      lines.append(
        "  \(name.padding(toLength: 17, withPad: " ", startingAt: 0)) \(pct(acc.value))  (\(acc.correct)/\(acc.total))"
      )
    }
    lines.append(
      "parties found under another id than the gold one, by a shared name: \(total.renamedParties.count)"
    )
    if listingMistakes {
      for r in total.renamedParties { lines.append("  \(r)") }
      lines.append("mistakes (\(total.mistakes.count)):")
      for m in total.mistakes { lines.append("  \(m)") }
    } else {
      lines.append("(\(total.mistakes.count) mistakes; --errors lists them)")
    }
    return lines.joined(separator: "\n")
  }
}
