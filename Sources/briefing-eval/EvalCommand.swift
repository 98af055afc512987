import ArgumentParser

/// `briefing-eval`: scores the extraction against gold data (TimeML corpora, the project's gold set).
@main
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing-eval",
        abstract: "Score the extraction against annotated gold data."
    )

    func run() async throws {
        throw ValidationError("evaluation is not built yet")
    }
}
