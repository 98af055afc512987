#if canImport(BriefingPreview) && canImport(BriefingPublish)
  import ArgumentParser
  import BriefingPublish

  /// `briefing publish`: Publish output/ to a folder, a git branch or an S3-compatible bucket.
  struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "publish",
      abstract: "Publish output/ to a folder, a git branch or an S3-compatible bucket.",
      discussion: """
        TARGET is one of:
          dir:PATH                 a folder; only files a previous publish wrote are removed
          git:REMOTE[#BRANCH]      a branch (default gh-pages) committed and pushed, with .nojekyll
          s3://BUCKET[/PREFIX]     an S3-compatible bucket; credentials from AWS_ACCESS_KEY_ID,
                                   AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN)
        The plan is printed first; --dry-run stops there.
        """
    )

    @Argument(help: "dir:PATH, git:REMOTE[#BRANCH] or s3://BUCKET[/PREFIX].")
    var target: String

    @Flag(help: "List uploads, updates and deletions; change nothing.")
    var dryRun = false

    @Option(help: "Folder holding the built site.")
    var output: String = "output"

    @Option(help: "S3-compatible endpoint URL (path-style), e.g. http://127.0.0.1:9000.")
    var endpoint: String?

    @Option(help: "S3 region (default: AWS_REGION, then us-east-1).")
    var region: String?

    @Option(help: "Delete at most this many stale files; above it, none are deleted.")
    var maxDeletes: Int = 256

    @Flag(
      help:
        "dir: also remove files that a previous publish did not write (never CNAME or .nojekyll).")
    var force = false

    func run() async throws {
      let parsed: PublishTarget
      do {
        parsed = try PublishTarget(parsing: target)
      } catch {
        throw ValidationError(error.description)
      }
      let publisher = Publisher(
        target: parsed,
        settings: .init(maxDeletes: maxDeletes, force: force, endpoint: endpoint, region: region))
      let report = try await publisher.publish(from: output, dryRun: dryRun)
      print(PublishSummary.result(report))
    }
  }
#endif
