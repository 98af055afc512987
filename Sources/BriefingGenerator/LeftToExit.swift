/// What a one-shot build hands to the process's exit instead of freeing it
/// (``GenerateOptions/freesMemory`` false): the corpus, its index and its pages, and the
/// articles they came from.
///
/// Freeing them one object at a time, on the main thread after the write step, was 1.6 G of
/// the 38 G instructions of a one-edit rebuild of 10,000 articles (Benchmarks/LOG.md,
/// 2026-12-06, edit6); the process exits next and the system takes the memory back whole.
/// A long-running process (`preview`, the tests) frees as usual.
enum LeftToExit {
  private final class Kept: @unchecked Sendable {
    let values: Any
    init(_ values: Any) { self.values = values }
  }

  /// Keeps `values` alive until the process ends (never released).
  static func keep(_ values: Any) {
    _ = Unmanaged.passRetained(Kept(values))
  }
}
