/// A lexicon table of the temporal grammar (months, weekdays, number words …) that first asks
/// whether a word could be in it at all, by its length in bytes and its first byte, so the
/// common words the rules are tried at ("the", "that", "more") are answered without hashing.
struct TemporalWordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  let entries: WordTable<Value>
  /// Bit n set when some key is n bytes long (n < 64; longer keys set bit 63 and are looked up).
  private let lengths: UInt64
  /// Bit b set when some key starts with byte b (b < 128); any key starting above sets `high`.
  private let firstBytes: (low: UInt64, high: UInt64)
  private let nonASCIIFirst: Bool

  init(dictionaryLiteral elements: (String, Value)...) {
    entries = WordTable(Dictionary(uniqueKeysWithValues: elements))
    var lengths: UInt64 = 0
    var low: UInt64 = 0
    var high: UInt64 = 0
    var nonASCII = false
    for key in entries.keys {
      lengths |= 1 << UInt64(min(key.utf8.count, 63))
      guard let b = key.utf8.first else { continue }
      if b < 64 {
        low |= 1 << UInt64(b)
      } else if b < 128 {
        high |= 1 << UInt64(b - 64)
      } else {
        nonASCII = true
      }
    }
    self.lengths = lengths
    firstBytes = (low, high)
    nonASCIIFirst = nonASCII
  }

  var keys: [String] { entries.keys }

  /// The value of `word`, as the dictionary `entries` gives it.
  @inline(__always)
  subscript(word: String) -> Value? {
    mayContain(word) ? entries[word] : nil
  }

  /// False only when no key has the word's length or its first byte.
  @inline(__always)
  func mayContain(_ word: String) -> Bool {
    let utf8 = word.utf8
    guard lengths & (1 << UInt64(min(utf8.count, 63))) != 0, let b = utf8.first else {
      return false
    }
    if b < 64 { return firstBytes.low & (1 << UInt64(b)) != 0 }
    if b < 128 { return firstBytes.high & (1 << UInt64(b - 64)) != 0 }
    return nonASCIIFirst
  }
}
