import ArgumentParser
import BriefingExtraction
import Foundation

/// `briefing timex`: Print the temporal expressions of a text as JSON.
struct TimexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timex",
    abstract: "Print the temporal expressions of a text as JSON."
  )

  @Option(help: "The document date (YYYY-MM-DD) relative expressions are read against.")
  var dct: String?

  @Argument(help: "A plain-text file, or - for standard input.")
  var file: String

  func run() throws {
    let date = try dct.map { d in
      do { return try TimexJSON.documentDate(d) } catch {
        throw ValidationError("--dct must be a date YYYY-MM-DD that exists, found '\(d)'")
      }
    }
    let text: String
    if file == "-" {
      text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    } else {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw ValidationError("cannot read \(file)")
      }
      text = String(decoding: data, as: UTF8.self)
    }
    print(try TimexJSON.render(text, documentDate: date))
  }
}
