/// Where a problem is: a file and, when known, its line and column (1-based), printed
/// `file:line:column` like a compiler's location so editors and their tools jump to it.
public struct FileLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String {
    var s = file
    if let line { s += ":\(line)" }
    if line != nil, let column { s += ":\(column)" }
    return s
  }
}

/// The one kind of error and warning of a build: what went wrong, from a closed set
/// (`Problem`), and where (`FileLocation`).
///
/// Its text is made in one place (`Problem.message`, `description`), the way
/// swift-argument-parser's `ParserError` carries its `InputOrigin`; code and tests match on the
/// case, never on the text.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Codable {
    case error, warning
  }

  public var problem: Problem
  public var location: FileLocation
  /// The page being rendered when the problem arose, if it arose there.
  public var page: String?

  public init(_ problem: Problem, at location: FileLocation, page: String? = nil) {
    self.problem = problem
    self.location = location
    self.page = page
  }

  public init(_ problem: Problem, path: String, line: Int? = nil, column: Int? = nil) {
    self.init(problem, at: FileLocation(file: path, line: line, column: column))
  }

  public var severity: Severity { problem.severity }
  public var path: String { location.file }
  public var line: Int? { location.line }
  public var column: Int? { location.column }
  public var message: String {
    problem.message + (page.map { " (while rendering \($0))" } ?? "")
  }

  /// `content/a.md:3:7: error: ...`, the form editors and their tools jump to.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
  /// The words of an error the project did not make (the system's, a library's), for a
  /// `reason:`; a `Diagnostic` gives its message. The one place an error becomes text.
  public static func reason(_ error: any Error) -> String {
    (error as? Diagnostic)?.message ?? String(describing: error)
  }
}

/// One or more diagnostics that stop a build.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
