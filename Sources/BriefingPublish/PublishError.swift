/// Why a publish stopped; each case names what to fix.
public enum PublishError: Error, Sendable, Equatable, CustomStringConvertible {
  case invalidTarget(String, String)
  /// The output folder holds no completed build (its build manifest is missing).
  case noCompletedBuild(output: String, missing: String)
  case unsafePath(String)
  case missingCredentials(String)
  case git(command: String, status: Int32, output: String)
  case s3(operation: String, status: Int, message: String)
  /// A file or folder the publisher could not use; `reason` is the system's words, if any.
  case io(path: String, IOFailure, reason: String? = nil)
  /// git could not be started at all; `reason` is the system's words.
  case gitNotStarted(reason: String)

  public var description: String {
    switch self {
    case .invalidTarget(let text, let hint):
      "invalid publish target '\(text)': \(hint)"
    case .noCompletedBuild(let output, let missing):
      "\(output) holds no completed build (\(missing) is missing): run 'briefing generate' first"
    case .unsafePath(let path):
      "refusing to touch '\(path)': it lies outside the publish target"
    case .missingCredentials(let what):
      "missing credentials: set \(what)"
    case .git(let command, let status, let output):
      "git \(command) failed (exit \(status)): \(output)"
    case .s3(let operation, let status, let message):
      "S3 \(operation) failed (HTTP \(status)): \(message)"
    case .io(let path, let failure, let reason):
      "\(path): \(failure.rawValue)" + (reason.map { ": \($0)" } ?? "")
    case .gitNotStarted(let reason):
      "cannot start git: \(reason)"
    }
  }
}

extension PublishError {
  /// What could not be done to a file or folder (its text is the message's).
  public enum IOFailure: String, Sendable, Equatable {
    case cannotBeCreated = "cannot be created"
    case cannotBeWritten = "cannot be written"
    case cannotBeRemoved = "cannot be removed"
    case cannotBeRead = "cannot be read"
    case cannotBeListed = "cannot be listed"
    case isNotAFolder = "is not a folder"
  }
}
