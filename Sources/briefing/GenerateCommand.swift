import ArgumentParser

/// `briefing generate`: Build the site from content/ into output/.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Build the site from content/ into output/."
    )

    func run() async throws {
        throw ValidationError("'generate' is not built yet")
    }
}
