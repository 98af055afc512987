import BriefingModels
import Foundation

/// The named steps of a build, in order; errors and timings are reported per step.
public enum BuildStep: String, Sendable, Hashable, CaseIterable, Codable {
  case ingest, extract, assemble, plan, render, write
}

/// A failed build: the step that failed and each problem, with file and line where known.
///
/// When a build throws this, output/ is exactly as it was before the build.
public struct BuildError: Error, Sendable, CustomStringConvertible, LocalizedError {
  public var step: BuildStep
  public var problems: [ContentProblem]

  public init(step: BuildStep, problems: [ContentProblem]) {
    self.step = step
    self.problems = problems
  }

  public init(step: BuildStep, path: String, line: Int? = nil, message: String) {
    self.init(step: step, problems: [ContentProblem(path: path, line: line, message: message)])
  }

  /// One `file:line: error: message (step: name)` line per problem.
  public var description: String {
    problems.map { "\($0) (step: \(step.rawValue))" }.joined(separator: "\n")
  }

  public var errorDescription: String? { description }
}
