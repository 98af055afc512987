import ArgumentParser

/// `briefing extract`: Print the extracted briefing of each article as JSON.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the extracted briefing of each article as JSON."
    )

    func run() async throws {
        throw ValidationError("'extract' is not built yet")
    }
}
