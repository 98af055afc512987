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
  func append(_ key: String, to out: inout JSONSplice, make: () -> [UInt8]) {
    lock.withLock { _ = usedKeys.insert(key) }
    if let data = stored(key) {
      out.append(stored: data)
      return
    }
    let bytes = make()
    lock.withLock { madeFragments[key] = bytes }
    out.append(made: bytes)
  }
}

/// An export's bytes gathered in order (literal text, stored fragments, new ones) and copied
/// once into a buffer of the final size: `corpus.json` grown by doubling was copied about twice
/// over and faulted in twice the memory (66 MB at 10,000 articles, every rebuild).
struct JSONSplice {
  private enum Piece {
    case stored(Data)
    case made([UInt8])
  }

  private var pieces: [Piece] = []
  /// Literal bytes since the last fragment (commas, brackets, keys).
  private var pending: [UInt8] = []
  /// Bytes gathered so far.
  private(set) var count = 0

  init(_ text: String = "") { append(text) }

  mutating func append(_ text: String) { append(bytes: text.utf8) }

  mutating func append(byte: UInt8) {
    pending.append(byte)
    count += 1
  }

  mutating func append(bytes: some Collection<UInt8>) {
    pending += bytes
    count += bytes.count
  }

  mutating func append(stored data: Data) {
    flush()
    pieces.append(.stored(data))
    count += data.count
  }

  mutating func append(made bytes: [UInt8]) {
    flush()
    pieces.append(.made(bytes))
    count += bytes.count
  }

  private mutating func flush() {
    guard !pending.isEmpty else { return }
    pieces.append(.made(pending))
    pending = []
  }

  /// The bytes, in one buffer allocated at its final size.
  func joined() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(count)
    for piece in pieces {
      switch piece {
      case .stored(let data): out.append(contentsOf: data)
      case .made(let bytes): out += bytes
      }
    }
    out += pending
    return out
  }
}
