import Foundation

/// Runs the build and records its outcome as a new epoch; the one place builds happen.
///
/// The build is injected (in the tool it is the site generator; in tests, anything), so the
/// server, the watcher and the reload can be exercised without a real site. Builds never
/// overlap: the watcher awaits each one before polling again.
public struct SiteRebuilder: Sendable {
  /// One build; returns a one-line summary for the terminal, throws to report problems.
  public typealias Build = @Sendable () async throws -> String

  public let epochs: BuildEpochs
  let build: Build
  let log: @Sendable (String) -> Void

  public init(
    epochs: BuildEpochs, build: @escaping Build, log: @escaping @Sendable (String) -> Void
  ) {
    self.epochs = epochs
    self.build = build
    self.log = log
  }

  /// Builds once, logs the outcome with its duration, then announces the new epoch.
  @discardableResult
  public func rebuild(reason: String) async -> BuildEpochs.Epoch {
    let clock = ContinuousClock()
    let start = clock.now
    do {
      let summary = try await build()
      epochs.finish(failure: nil)
      log("built (\(reason)) in \(Self.milliseconds(clock.now - start)) ms: \(summary)")
    } catch {
      let lines = BuildMessages.lines(for: error)
      epochs.finish(failure: lines)
      log(
        "build failed (\(reason)) after \(Self.milliseconds(clock.now - start)) ms:\n"
          + lines.joined(separator: "\n"))
    }
    return epochs.current
  }

  static func milliseconds(_ duration: Duration) -> Int64 {
    duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
  }
}
