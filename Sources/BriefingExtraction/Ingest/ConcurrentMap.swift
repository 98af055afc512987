import Dispatch
import Foundation

/// Maps over items on every core, keeping input order: the ingest step reads and parses
/// article files side by side, and the loader then takes the results in path order, so the
/// articles and the problems come out exactly as a one-by-one read would give them.
enum ConcurrentMap {
  static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    let slots = Slots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
      slots.set(i, transform(items[i]))
    }
    return slots.values()
  }

  /// Results by index; each slot is written once, by one worker.
  private final class Slots<R>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [R?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
      lock.lock()
      defer { lock.unlock() }
      storage[i] = value
    }

    func values() -> [R] {
      lock.lock()
      defer { lock.unlock() }
      return storage.map { $0! }
    }
  }
}
