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
    let cpuStart = Self.processCPU()
    do {
      let summary = try await build()
      epochs.finish(failure: nil)
      let cpu = Self.milliseconds(Self.processCPU() - cpuStart)
      log(
        "built (\(reason)) in \(Self.milliseconds(clock.now - start)) ms, \(cpu) ms of CPU: "
          + summary)
    } catch {
      let lines = BuildMessages.lines(for: error)
      epochs.finish(failure: lines)
      log(
        "build failed (\(reason)) after \(Self.milliseconds(clock.now - start)) ms:\n"
          + lines.joined(separator: "\n"))
    }
    return epochs.current
  }

  /// CPU time the whole process has used (user and system, every thread): the work a build
  /// did, which the wall clock alone hides on a busy machine.
  static func processCPU() -> Duration {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    func duration(_ t: timeval) -> Duration {
      .seconds(Int64(t.tv_sec)) + .microseconds(Int64(t.tv_usec))
    }
    return duration(usage.ru_utime) + duration(usage.ru_stime)
  }

  static func milliseconds(_ duration: Duration) -> Int64 {
    duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
  }
}
