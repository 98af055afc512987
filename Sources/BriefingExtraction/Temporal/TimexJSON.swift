import BriefingModels
import Foundation

/// The `briefing timex` output: a document date read from `YYYY-MM-DD`, and the timex array
/// as pretty-printed JSON with sorted keys.
public enum TimexJSON {
  public enum Failure: Error, CustomStringConvertible {
    case badDocumentDate(String)
    public var description: String {
      switch self {
      case .badDocumentDate(let s):
        return "--dct must be a real date written YYYY-MM-DD, not '\(s)'"
      }
    }
  }

  /// Parses a document date, rejecting impossible ones (2025-02-30) with a clear message.
  public static func documentDate(_ text: String) throws -> CalendarDate {
    guard let d = CalendarDate(iso: text) else { throw Failure.badDocumentDate(text) }
    return d
  }

  /// Tags `text` and renders the expressions as JSON.
  public static func render(_ text: String, documentDate: CalendarDate?) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(TemporalTagger().tag(text, documentDate: documentDate))
    return String(decoding: data, as: UTF8.self)
  }
}
