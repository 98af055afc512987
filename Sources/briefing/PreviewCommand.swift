#if canImport(BriefingPreview) && canImport(BriefingPublish)
import ArgumentParser

/// `briefing preview`: Build, serve output/ locally, rebuild and reload on change.
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Build, serve output/ locally, rebuild and reload on change."
    )

    func run() async throws {
        throw ValidationError("'preview' is not built yet")
    }
}
#endif
