import Foundation

/// A briefing's sentences, summary and timex, made on first read: most of a cached
/// briefing's bytes, yet on a rebuild only the pages and exports of the briefings that
/// changed, and a few rules, read them. Immutable once made; a briefing that sets one of
/// them takes a new box (`Briefing`'s setters), so copies never see each other's changes.
public final class BriefingText: @unchecked Sendable {
  /// The three lists, as the briefing shows them.
  public struct Parts: Sendable, Hashable {
    public var sentences: [String]
    public var summary: [String]
    public var timex: [Timex]

    public init(sentences: [String], summary: [String], timex: [Timex]) {
      self.sentences = sentences
      self.summary = summary
      self.timex = timex
    }

    func with(_ change: (inout Parts) -> Void) -> Parts {
      var copy = self
      change(&copy)
      return copy
    }
  }

  private let lock = NSLock()
  private var made: Parts?
  private var make: (@Sendable () -> Parts)?

  init(_ parts: Parts) { made = parts }

  init(_ make: @escaping @Sendable () -> Parts) { self.make = make }

  /// The parts, made by the first reader (under the lock: a briefing is read on every core).
  var value: Parts {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let parts = make!()
    made = parts
    make = nil
    return parts
  }
}
