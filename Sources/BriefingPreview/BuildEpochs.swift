import Synchronization

/// The outcome of the latest finished build and the open tabs waiting to hear about the next.
///
/// Each finished build (successful or not) gets a new epoch; tabs are told only then, never
/// while a build runs, so a reload always shows a complete site or the complete error.
public final class BuildEpochs: Sendable {
  /// The latest finished build.
  public struct Epoch: Sendable, Equatable {
    /// Counts finished builds since the server started.
    public var number: Int
    /// The build's error messages, one per problem (`file:line: message`); nil on success.
    public var failure: [String]?

    /// What tabs compare to the token their page was served with; distinct per server run.
    public func token(instance: String) -> String { "\(instance)-\(number)" }
  }

  private struct State {
    var epoch = Epoch(number: 0, failure: nil)
    var listeners: [Int: AsyncStream<Epoch>.Continuation] = [:]
    var nextListener = 0
  }

  private let state = Mutex(State())
  /// Tells one server run from the next, so a tab reloads after a restart too.
  public let instance: String

  public init(instance: String = String(UInt32.random(in: 0...UInt32.max), radix: 36)) {
    self.instance = instance
  }

  public var current: Epoch { state.withLock { $0.epoch } }

  /// Records a finished build and tells every listener.
  public func finish(failure: [String]?) {
    let (epoch, listeners) = state.withLock { state in
      state.epoch = Epoch(number: state.epoch.number + 1, failure: failure)
      return (state.epoch, Array(state.listeners.values))
    }
    for listener in listeners { listener.yield(epoch) }
  }

  /// The current epoch first, then every later one, until the server stops or the tab leaves.
  public func updates() -> AsyncStream<Epoch> {
    let (stream, continuation) = AsyncStream<Epoch>.makeStream(bufferingPolicy: .bufferingNewest(1))
    let id = state.withLock { state in
      let id = state.nextListener
      state.nextListener += 1
      state.listeners[id] = continuation
      continuation.yield(state.epoch)
      return id
    }
    continuation.onTermination = { [weak self] _ in
      _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) }
    }
    return stream
  }

  /// Ends every listener's stream (server shutdown).
  public func close() {
    let listeners = state.withLock { state in
      defer { state.listeners = [:] }
      return Array(state.listeners.values)
    }
    for listener in listeners { listener.finish() }
  }

  public var listenerCount: Int { state.withLock { $0.listeners.count } }
}
