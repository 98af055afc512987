import ArgumentParser

/// `briefing-eval timeml`: Score the temporal tagger on TimeML corpora (TempEval-3 measures).
struct TimeMLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeml",
        abstract: "Score the temporal tagger on TimeML corpora (TempEval-3 measures)."
    )

    func run() async throws {
        throw ValidationError("'timeml' is not built yet")
    }
}
