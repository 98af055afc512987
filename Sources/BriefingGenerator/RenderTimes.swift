/// How long each document page took to render (template, Markdown, layout), by page kind: the
/// distribution `--timings` prints, so a benchmark can follow per-page cost, not only totals.
public struct RenderTimes: Sendable {
  /// One sample per rendered document page: its kind (the page template's name) and duration.
  public var samples: [(kind: String, duration: Duration)] = []

  public init(samples: [(kind: String, duration: Duration)] = []) { self.samples = samples }

  /// Minimum, median, 90th percentile and maximum of `durations` (nearest rank), or nil if empty.
  public static func spread(_ durations: [Duration]) -> (
    min: Duration, median: Duration, p90: Duration, max: Duration
  )? {
    guard !durations.isEmpty else { return nil }
    let sorted = durations.sorted()
    func rank(_ q: Double) -> Duration {
      sorted[min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
    }
    return (sorted[0], rank(0.5), rank(0.9), sorted[sorted.count - 1])
  }

  /// `render per page (N): min 0.05 ms, median 0.20 ms, p90 0.41 ms, max 3.10 ms; by kind
  /// (slowest median first): timeline 1.20 ms ×12, …`, or nil when no page rendered.
  public var line: String? {
    guard let all = Self.spread(samples.map(\.duration)) else { return nil }
    var byKind: [String: [Duration]] = [:]
    for sample in samples { byKind[sample.kind, default: []].append(sample.duration) }
    let kinds = byKind.map { (kind: $0.key, count: $0.value.count, spread: Self.spread($0.value)!) }
      .sorted {
        $0.spread.median != $1.spread.median
          ? $0.spread.median > $1.spread.median : $0.kind < $1.kind
      }
    let perKind = kinds.map {
      "\($0.kind) \(Self.ms($0.spread.median)) ×\($0.count) (max \(Self.ms($0.spread.max)))"
    }
    return
      "render per page (\(samples.count)): min \(Self.ms(all.min)), median \(Self.ms(all.median)), "
      + "p90 \(Self.ms(all.p90)), max \(Self.ms(all.max)); by kind, slowest median first: "
      + perKind.joined(separator: ", ")
  }

  static func ms(_ d: Duration) -> String {
    let milliseconds =
      Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    return "\((milliseconds * 1000).rounded() / 1000) ms"
  }
}
