import Foundation

/// Maps over items on every core (``Swift/Array/concurrentMap(first:_:)``), keeping input
/// order, for transforms that throw and steps that report progress.
///
/// If several items throw, the error of the first one in input order is thrown, so a failing
/// build reports the same file every time.
public enum Parallel {
  /// `first` lists indices of the longest items, started before the others.
  public static func map<T: Sendable, R: Sendable>(
    _ items: [T], first: [Int] = [], progress: (@Sendable (Int) -> Void)? = nil,
    _ transform: @Sendable (T) throws -> R
  ) throws -> [R] {
    let counter = Counter()
    let results = items.concurrentMap(first: first) { item -> Result<R, any Error> in
      let r = Result { try transform(item) }
      if let progress { progress(counter.next()) }
      return r
    }
    return try results.map { try $0.get() }
  }

  /// How many items are done, counted across workers.
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0

    func next() -> Int {
      lock.lock()
      defer { lock.unlock() }
      done += 1
      return done
    }
  }
}
