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
  public var problems: [Diagnostic]

  public init(step: BuildStep, problems: [Diagnostic]) {
    self.step = step
    self.problems = problems
  }

  public init(step: BuildStep, _ problem: Problem, path: String, line: Int? = nil) {
    self.init(step: step, problems: [Diagnostic(problem, path: path, line: line)])
  }

  /// One `file:line: error: message (step: name)` line per problem.
  public var description: String {
    problems.map { "\($0) (step: \(step.rawValue))" }.joined(separator: "\n")
  }

  public var errorDescription: String? { description }
}
