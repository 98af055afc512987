import Foundation

/// What one build reads and writes, and how it reports progress.
public struct GenerateOptions: Sendable {
  public var contentDirectory: URL
  public var templatesDirectory: URL
  public var outputDirectory: URL
  /// Where extraction results are cached by content hash; nil turns the cache off.
  /// Defaults to `.briefing-cache/` beside the content folder (never inside output/).
  public var cacheDirectory: URL?
  /// Called from any thread as the build advances (step, done, total).
  public var progress: (@Sendable (BuildProgress) -> Void)?
  /// Test hook: make the write step fail (or stop dead) at a chosen point.
  public var faults: FaultInjection
  /// What to keep between builds of a long-running process (see `BuildMemory`); nil for none.
  public var memory: BuildMemory?
  /// False for a process that exits right after the build (`briefing generate`): the build's
  /// corpus, index and pages are then left to the exit instead of being freed (`LeftToExit`).
  public var freesMemory = true

  public init(
    contentDirectory: URL, templatesDirectory: URL, outputDirectory: URL,
    cacheDirectory: URL?? = nil, progress: (@Sendable (BuildProgress) -> Void)? = nil,
    faults: FaultInjection = FaultInjection(), memory: BuildMemory? = nil
  ) {
    self.contentDirectory = contentDirectory
    self.templatesDirectory = templatesDirectory
    self.outputDirectory = outputDirectory
    self.cacheDirectory =
      cacheDirectory
      ?? contentDirectory.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(
        ".briefing-cache")
    self.progress = progress
    self.faults = faults
    self.memory = memory
  }
}

/// One progress event: `done` of `total` items of `step` are finished.
public struct BuildProgress: Sendable, Hashable {
  public var step: BuildStep
  public var done: Int
  public var total: Int
}

/// Points at which a test can make the write step fail, to prove output/ survives.
public struct FaultInjection: Sendable, Hashable {
  /// Throw while staging the n-th changed file (0-based), before output/ is touched.
  public var failStagingAt: Int?
  /// Throw before committing the n-th change into output/; the build rolls back.
  public var failCommitAt: Int?
  /// Stop dead before committing the n-th change, with no rollback: a simulated kill.
  /// The next build finds the journal and restores the previous site.
  public var crashCommitAt: Int?

  public init(failStagingAt: Int? = nil, failCommitAt: Int? = nil, crashCommitAt: Int? = nil) {
    self.failStagingAt = failStagingAt
    self.failCommitAt = failCommitAt
    self.crashCommitAt = crashCommitAt
  }
}
