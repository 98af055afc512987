import ArgumentParser
import BriefingExtraction
import BriefingIngest
import BriefingModels
import Foundation

/// `briefing extract`: Print the extracted briefing of each article as JSON.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print the extracted briefing of each article as JSON.",
    discussion: """
      One JSON object for one file, an array for several (the contract of docs/DESIGN.md).
      Editor-curated parties from content/parties.yml are used when that file exists.
      """
  )

  @Argument(help: "Article files (.md or .txt).")
  var files: [String]

  @Option(help: "Publication date (YYYY-MM-DD) to use instead of the one the article gives.")
  var date: String?

  @Option(
    help:
      "Editor-curated parties to extend the gazetteer with (default: content/parties.yml if present)."
  )
  var parties: String?

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one article file") }
    if let date, CalendarDate(iso: date) == nil {
      throw ValidationError("--date must be a real date as YYYY-MM-DD, not '\(date)'")
    }
  }

  func run() throws {
    var gazetteer = try Gazetteer.builtIn()
    let partiesPath = parties ?? "content/parties.yml"
    if parties != nil || FileManager.default.fileExists(atPath: partiesPath) {
      gazetteer = gazetteer.extended(
        with: try PartiesFileReader().read(
          fileAt: URL(fileURLWithPath: partiesPath), displayPath: partiesPath))
    }
    let extractor = Extractor(gazetteer: gazetteer)
    var briefings: [Briefing] = []
    for path in files {
      var article = try ArticleReader().read(fileAt: URL(fileURLWithPath: path), displayPath: path)
      if let date {
        article.meta.published = date
        article.dateOrigin = .commandLine
      }
      briefings.append(extractor.extract(article))
    }
    // `JSONEncoder`'s pretty bytes (sorted keys, slashes as they are), written directly.
    let contract = briefings.map(BriefingContract.init)
    var bytes =
      contract.count == 1
      ? contract[0].bytes(pretty: true, safe: false)
      : BriefingContract.bytes(contract, pretty: true, safe: false)
    bytes.append(UInt8(ascii: "\n"))
    FileHandle.standardOutput.write(Data(bytes))
  }
}
