import BriefingModels
import Foundation

/// Turns whatever a build threw into the lines an editor reads: `file:line: message`, one each.
public enum BuildMessages {
  public static func lines(for error: any Error) -> [String] {
    switch error {
    case let problems as Diagnostics:
      return problems.diagnostics.map(\.description)
    case let problem as Diagnostic:
      return [problem.description]
    case let localized as LocalizedError:
      return [localized.errorDescription ?? String(describing: error)]
    default:
      return [String(describing: error)]
    }
  }
}
