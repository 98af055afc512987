import BriefingModels
import Foundation

/// Runs the `git` command-line tool (found on PATH) in a folder and returns what it printed.
struct GitRunner: Sendable {
  /// The folder commands run in.
  let directory: String

  struct Result: Sendable {
    var status: Int32
    var output: String
  }

  /// Runs `git args...`; throws when it exits non-zero.
  @discardableResult
  func run(_ arguments: [String], environment extra: [String: String] = [:]) throws(PublishError)
    -> String
  {
    let result = try attempt(arguments, environment: extra)
    guard result.status == 0 else {
      throw .git(
        command: arguments.joined(separator: " "), status: result.status, output: result.output)
    }
    return result.output
  }

  /// Runs `git args...` and reports its exit status instead of throwing on failure.
  func attempt(_ arguments: [String], environment extra: [String: String] = [:])
    throws(PublishError) -> Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["LC_ALL"] = "C"
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .gitNotStarted(reason: Diagnostic.reason(error))
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let output = String(decoding: data, as: UTF8.self).trimmingCharacters(
      in: .whitespacesAndNewlines)
    return Result(status: process.terminationStatus, output: output)
  }
}
