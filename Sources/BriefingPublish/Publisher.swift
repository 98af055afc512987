import Foundation

/// `briefing publish`: read the built site, ask the target what it holds, plan, print, apply.
///
/// The plan is printed before anything changes; a dry run stops there. Deletions above the cap
/// are skipped (with a warning) rather than half-done.
public struct Publisher: Sendable {
  /// Settings besides the target.
  public struct Settings: Sendable {
    /// Most stale files deleted in one run; above it, none are.
    public var maxDeletes: Int = 256
    /// `dir:` only: also remove files a previous publish did not put there.
    public var force: Bool = false
    /// S3: a custom endpoint (path-style addressing), e.g. `http://127.0.0.1:9000`.
    public var endpoint: String?
    /// S3: the signing region; defaults to AWS_REGION, then us-east-1.
    public var region: String?
    /// Where credentials and the default region are read from.
    public var environment: [String: String] = ProcessInfo.processInfo.environment

    public init(
      maxDeletes: Int = 256, force: Bool = false, endpoint: String? = nil, region: String? = nil,
      environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
      self.maxDeletes = maxDeletes
      self.force = force
      self.endpoint = endpoint
      self.region = region
      self.environment = environment
    }
  }

  public let target: PublishTarget
  public let settings: Settings

  public init(target: PublishTarget, settings: Settings = Settings()) {
    self.target = target
    self.settings = settings
  }

  /// Publishes the site in `output`; `log` receives the plan (and, in a dry run, every action).
  public func publish(
    from output: String, dryRun: Bool, log: @Sendable (String) -> Void = { print($0) }
  ) async throws -> PublishReport {
    let site = try LocalSite.read(root: output)
    let destination = try makeDestination()
    do {
      let (remote, owned) = try await destination.inventory()
      let plan = PublishPlanner(maxDeletes: settings.maxDeletes).plan(
        local: site.files, remote: remote, owned: owned)
      PublishSummary.plan(plan, target: target.description).forEach(log)
      var report = PublishReport(target: target.description, plan: plan, dryRun: dryRun)
      if dryRun {
        PublishSummary.actions(plan).forEach(log)
      } else {
        report.commit = try await destination.apply(plan, from: site)
      }
      await destination.close()
      return report
    } catch {
      await destination.close()
      throw error
    }
  }

  func makeDestination() throws -> any PublishDestination {
    switch target {
    case .directory(let path):
      return DirectoryDestination(root: path, force: settings.force)
    case .git(let remote, let branch):
      return GitDestination(remote: remote, branch: branch)
    case .s3(let bucket, let prefix):
      let region =
        settings.region ?? settings.environment["AWS_REGION"] ?? settings.environment[
          "AWS_DEFAULT_REGION"]
        ?? "us-east-1"
      return try S3Destination(
        bucket: bucket, prefix: prefix, endpoint: settings.endpoint, region: region,
        credentials: AWSCredentials.fromEnvironment(settings.environment))
    }
  }
}
