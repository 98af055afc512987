import Dispatch
import Foundation

/// Maps over items on every core (`DispatchQueue.concurrentPerform`), keeping input order.
///
/// If several items throw, the error of the first one in input order is thrown, so a failing
/// build reports the same file every time.
enum Parallel {
  static func map<T: Sendable, R: Sendable>(
    _ items: [T], progress: (@Sendable (Int) -> Void)? = nil, _ transform: @Sendable (T) throws -> R
  ) throws -> [R] {
    let results = Results<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
      let r = Result { try transform(items[i]) }
      let done = results.set(i, r)
      progress?(done)
    }
    return try results.values().map { try $0.get() }
  }

  private final class Results<R>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Result<R, any Error>?]
    private var done = 0

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<R, any Error>) -> Int {
      lock.lock()
      defer { lock.unlock() }
      storage[i] = r
      done += 1
      return done
    }

    func values() -> [Result<R, any Error>] {
      lock.lock()
      defer { lock.unlock() }
      return storage.map { $0! }
    }
  }
}
