import ArgumentParser

/// `briefing init`: Create a new site that generates.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site that generates."
    )

    func run() async throws {
        throw ValidationError("'init' is not built yet")
    }
}
