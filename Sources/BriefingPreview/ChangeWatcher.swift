/// Polls the watched paths and rebuilds once a change has settled.
///
/// A change is acted on when two polls in a row agree, so a save that writes a file in several
/// steps (or a `git checkout` touching many) yields one build, not several.
public struct ChangeWatcher: Sendable {
  let paths: [String]
  let interval: Duration
  let rebuilder: SiteRebuilder

  public init(paths: [String], interval: Duration, rebuilder: SiteRebuilder) {
    self.paths = paths
    self.interval = interval
    self.rebuilder = rebuilder
  }

  /// Runs until the task is cancelled.
  public func run(from initial: FileTreeSnapshot) async {
    var last = initial
    while !Task.isCancelled {
      guard (try? await Task.sleep(for: interval)) != nil else { return }
      var current = FileTreeSnapshot.take(of: paths)
      guard current != last else { continue }
      while true {
        guard (try? await Task.sleep(for: interval)) != nil else { return }
        let again = FileTreeSnapshot.take(of: paths)
        if again == current { break }
        current = again
      }
      let changed = last.changes(to: current)
      last = current
      await rebuilder.rebuild(reason: Self.describe(changed))
    }
  }

  static func describe(_ changed: [String]) -> String {
    guard let first = changed.first else { return "no change" }
    return changed.count == 1
      ? "\(first) changed" : "\(first) and \(changed.count - 1) more changed"
  }
}
