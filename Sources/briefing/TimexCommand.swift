import ArgumentParser

/// `briefing timex`: Print the temporal expressions of a text as JSON.
struct TimexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Print the temporal expressions of a text as JSON."
    )

    func run() async throws {
        throw ValidationError("'timex' is not built yet")
    }
}
