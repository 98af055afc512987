/// Why a publish stopped; each case names what to fix.
public enum PublishError: Error, Sendable, Equatable, CustomStringConvertible {
  case invalidTarget(String, String)
  /// The output folder holds no completed build (its build manifest is missing).
  case noCompletedBuild(output: String, missing: String)
  case unsafePath(String)
  case missingCredentials(String)
  case git(command: String, status: Int32, output: String)
  case s3(operation: String, status: Int, message: String)
  case io(path: String, message: String)

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
    case .io(let path, let message):
      "\(path): \(message)"
    }
  }
}
