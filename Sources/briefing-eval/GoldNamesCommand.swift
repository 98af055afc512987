import ArgumentParser
import BriefingEvaluation
import Foundation

/// `briefing-eval gold-names`: shows the name annotations the tuned gold set gives the tagger,
/// inline (`[Joe Biden|PERSON]`, `?? ` before a sentence left out of training), so the matching rules can be checked by reading.
struct GoldNamesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gold-names",
    abstract: "Print the tuned gold set's articles with the name spans the tagger trains on."
  )

  @Option(help: "The folder of *.gold.yml files (never the held-out group).")
  var gold = "Evaluation/gold"

  func run() async throws {
    let documents = try TrainNamesCommand.goldDocuments(gold)
    var counts: [String: Int] = [:]
    var unsure = 0
    for a in documents {
      print("=== \(a.article)")
      print(NameMarkup.render(a.document.text, a.document.names, unsure: a.document.unsure))
      unsure += a.document.unsure.count
      for n in a.document.names { counts[n.kind.rawValue, default: 0] += 1 }
    }
    print(
      "\(documents.count) articles: "
        + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        + "; \(unsure) unsure sentences (marked ??, not learned from)")
  }
}
