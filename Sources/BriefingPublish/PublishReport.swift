/// What a publish did (or, in a dry run, would do).
public struct PublishReport: Sendable, Equatable {
  public var target: String
  public var plan: PublishPlan
  public var dryRun: Bool
  /// For git targets: the commit made, or nil when nothing changed.
  public var commit: String?

  public var uploaded: Int { dryRun ? 0 : plan.uploads.count }
  public var deleted: Int { dryRun ? 0 : plan.deletions.count }
  public var bytesUploaded: Int64 { dryRun ? 0 : plan.uploadBytes }
}

/// The lines `briefing publish` prints: the plan first, then (after the work) the summary.
public enum PublishSummary {
  public static func plan(_ plan: PublishPlan, target: String) -> [String] {
    var lines = [
      "plan for \(target): \(plan.newFiles.count) new, \(plan.changedFiles.count) changed, "
        + "\(plan.unchanged.count) unchanged, \(plan.deletions.count) to delete "
        + "(\(bytes(plan.uploadBytes)) to upload)"
    ]
    if !plan.deletionsOverCap.isEmpty {
      lines.append(
        "warning: \(plan.deletionsOverCap.count) stale files exceed the deletion cap; none deleted "
          + "(raise --max-deletes to allow)")
    }
    if !plan.foreign.isEmpty {
      lines.append(
        "keeping \(plan.foreign.count) files publish did not put there (--force to remove)")
    }
    return lines
  }

  /// Every action, one per line: what a dry run shows.
  public static func actions(_ plan: PublishPlan) -> [String] {
    plan.uploads.map {
      "\($0.reason == .missing ? "upload" : "update") \($0.path) (\($0.reason.rawValue), \(bytes($0.size)))"
    }
      + plan.deletions.map { "delete \($0)" }
  }

  public static func result(_ report: PublishReport) -> String {
    if report.dryRun {
      return "dry run: nothing changed (\(report.plan.uploads.count) would be uploaded, "
        + "\(report.plan.deletions.count) deleted)"
    }
    var line =
      "published to \(report.target): \(report.uploaded) uploaded, \(report.plan.unchanged.count) unchanged, "
      + "\(report.deleted) deleted, \(bytes(report.bytesUploaded)) sent"
    if case .some(let commit) = report.commit { line += ", commit \(commit)" }
    return line
  }

  public static func bytes(_ count: Int64) -> String {
    if count < 1024 { return "\(count) B" }
    let units = ["KiB", "MiB", "GiB"]
    var value = Double(count) / 1024
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    return "\(String(format: "%.1f", value)) \(units[unit])"
  }
}
