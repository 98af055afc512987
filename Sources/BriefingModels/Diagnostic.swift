/// A problem with an input file, located as precisely as known: `path:line:column: message`.
public struct ContentProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var path: String
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `content/a.md:3:7: error: ...`, the form editors and their tools jump to.
    public var description: String {
        var s = path
        if let line { s += ":\(line)" }
        if line != nil, let column { s += ":\(column)" }
        return "\(s): \(severity.rawValue): \(message)"
    }
}

/// One or more content problems that stop a build.
public struct ContentProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [ContentProblem]

    public init(_ problems: [ContentProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
