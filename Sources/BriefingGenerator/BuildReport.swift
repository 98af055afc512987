import BriefingModels
import Foundation

/// What a successful build did: counts, per-step timings and the warnings it raised.
public struct BuildReport: Sendable {
  public var articles: Int
  public var pages: Int
  /// Files whose bytes changed (or were new) and were written.
  public var written: Int
  /// Pages whose file was already right: skipped by fingerprint or by identical bytes.
  public var unchanged: Int
  /// Pages built this build (model or bytes made and fingerprinted) because their key did not
  /// show them unchanged.
  public var built: Int = 0
  /// Pages rendered this build (fingerprint changed or file missing).
  public var rendered: Int
  /// Stale files of an earlier build removed.
  public var removed: Int
  /// Articles whose extraction came from the cache.
  public var cachedExtractions: Int
  public var timings: [(step: BuildStep, duration: Duration)]
  /// How long each document page rendered this build took (see ``RenderTimes/line``).
  public var renderTimes = RenderTimes()
  public var warnings: [Diagnostic]

  public var totalDuration: Duration { timings.reduce(.zero) { $0 + $1.duration } }

  /// `N articles → M pages in X s (written W, unchanged U, removed R)`.
  public var summary: String {
    let seconds =
      Double(totalDuration.components.seconds)
      + Double(totalDuration.components.attoseconds) / 1e18
    let formatted = String(format: "%.2f", seconds)
    return "\(articles) articles → \(pages) pages in \(formatted) s "
      + "(written \(written), unchanged \(unchanged), removed \(removed))"
  }

  /// `ingest 12 ms, extract 340 ms, …`.
  public var timingLine: String {
    timings.map {
      "\($0.step.rawValue) \($0.duration.components.seconds * 1000 + $0.duration.components.attoseconds / 1_000_000_000_000_000) ms"
    }
    .joined(separator: ", ")
  }
}
