import ArgumentParser
import Dispatch

/// The `briefing` tool: article files in, a static briefing site out.
@main
struct BriefingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "briefing",
    abstract: "Turn news articles into a static site of structured briefings.",
    discussion: """
      Drop articles (.md with YAML front matter, or plain .txt) into content/ and run
      `briefing generate`. The site is written to output/.
      """,
    version: "0.1.0",
    subcommands: siteCommands + serverCommands
  )

  static let siteCommands: [any ParsableCommand.Type] = [
    GenerateCommand.self, ExtractCommand.self, TimexCommand.self, CheckCommand.self,
    InitCommand.self,
  ]

  /// Runs the chosen command. Only preview and publish are asynchronous; the others run on the
  /// main thread without starting Swift concurrency's main loop, which parks the main thread in
  /// `dispatch_main` — a state Debian's valgrind 3.19 cannot run, and the one-edit build's
  /// instructions are counted with callgrind (Benchmarks/sizes.py).
  static func main() {
    do {
      var command = try parseAsRoot()
      if let asynchronous = command as? any AsyncParsableCommand {
        AsyncRun(command: asynchronous).start()
      } else {
        try command.run()
      }
    } catch {
      exit(withError: error)
    }
  }
}

/// An asynchronous command run to its end on Swift concurrency, the main queue serving as the
/// main actor's executor; the process exits when the command does.
private struct AsyncRun: @unchecked Sendable {
  var command: any AsyncParsableCommand

  func start() -> Never {
    Task {
      var command = self.command
      do {
        try await command.run()
        BriefingCommand.exit()
      } catch {
        BriefingCommand.exit(withError: error)
      }
    }
    dispatchMain()
  }
}
