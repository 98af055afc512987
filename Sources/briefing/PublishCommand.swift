#if canImport(BriefingPreview) && canImport(BriefingPublish)
import ArgumentParser

/// `briefing publish`: Publish output/ to a folder, a git branch or an S3-compatible bucket.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish output/ to a folder, a git branch or an S3-compatible bucket."
    )

    func run() async throws {
        throw ValidationError("'publish' is not built yet")
    }
}
#endif
