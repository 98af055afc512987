import Foundation

/// Encoded JSON of values that are decided by a key (a briefing, by its source), kept between
/// builds by the generator: `corpus.json` is spliced from them instead of encoded whole, so an
/// edit re-encodes one briefing, not ten thousand.
///
/// `stored` gives the fragment a previous build kept for a key; ``fragment(_:make:)`` uses it,
/// or makes and remembers a new one. After the build, ``used`` and ``made`` say what to keep.
public final class JSONFragments: @unchecked Sendable {
  private let stored: @Sendable (String) -> Data?
  private let lock = NSLock()
  private var usedKeys: Set<String> = []
  private var madeFragments: [String: [UInt8]] = [:]

  public init(stored: @escaping @Sendable (String) -> Data? = { _ in nil }) {
    self.stored = stored
  }

  /// Keys whose fragment this build used, stored or made.
  public var used: Set<String> { lock.withLock { usedKeys } }
  /// Fragments this build made, by key.
  public var made: [String: [UInt8]] { lock.withLock { madeFragments } }

  /// Appends the fragment of `key` to `out`: the stored one, or `make`'s.
  func append(_ key: String, to out: inout [UInt8], make: () -> [UInt8]) {
    lock.withLock { _ = usedKeys.insert(key) }
    if let data = stored(key) {
      out.append(contentsOf: data)
      return
    }
    let bytes = make()
    lock.withLock { madeFragments[key] = bytes }
    out += bytes
  }
}
