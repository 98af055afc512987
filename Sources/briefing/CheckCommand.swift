import ArgumentParser

/// `briefing check`: List content problems with file:line.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List content problems with file:line."
    )

    func run() async throws {
        throw ValidationError("'check' is not built yet")
    }
}
