import ArgumentParser

/// `briefing-eval gold`: Score parties, events and statements against the project gold set.
struct GoldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gold",
        abstract: "Score parties, events and statements against the project gold set."
    )

    func run() async throws {
        throw ValidationError("'gold' is not built yet")
    }
}
