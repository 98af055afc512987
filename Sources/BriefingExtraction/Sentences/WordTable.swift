/// A table keyed by words (token norms, cue words, phrase heads) that hashes a word's UTF-8
/// bytes with a cheap multiplicative hash and compares bytes, where `[String: Value]` runs
/// SipHash (`Hasher`) and the string comparison on every look-up: the extractor looks words up
/// once or more per token, and those look-ups were a tenth of its instructions.
struct WordTable<Value>: ExpressibleByDictionaryLiteral {
  /// The keys in insertion order, their values alongside.
  private(set) var keys: [String] = []
  private(set) var values: [Value] = []
  /// Every key's bytes, one after another; key k spans `starts[k]..<starts[k + 1]`.
  private var bytes: [UInt8] = []
  private var starts: [Int] = [0]
  private var hashes: [UInt64] = []
  /// Open addressing: key index + 1, or 0 for an empty slot; a power of two, at most half full.
  private var slots: [Int32] = Array(repeating: 0, count: 8)

  init() {}

  init(dictionaryLiteral elements: (String, Value)...) {
    for (key, value) in elements { self[key] = value }
  }

  /// The same keys and values as `dictionary`.
  init(_ dictionary: [String: Value]) {
    for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) { self[key] = value }
  }

  var count: Int { keys.count }

  /// The value of `word`, as a dictionary would give it.
  subscript<S: StringProtocol>(word word: S) -> Value? {
    guard let k = index(of: word) else { return nil }
    return values[k]
  }

  /// Sets (or adds) the value of `word`; the table cannot remove a key.
  subscript(key: String) -> Value? {
    get {
      guard let k = index(of: key) else { return nil }
      return values[k]
    }
    set {
      guard let newValue else { preconditionFailure("WordTable cannot remove \(key)") }
      if let k = index(of: key) {
        values[k] = newValue
      } else {
        append(key, newValue)
      }
    }
  }

  /// Changes the value of `key` in place, starting from `defaultValue` when it is new.
  mutating func modify(
    _ key: String, default defaultValue: @autoclosure () -> Value, _ body: (inout Value) -> Void
  ) {
    let k: Int
    if let found = index(of: key) {
      k = found
    } else {
      append(key, defaultValue())
      k = keys.count - 1
    }
    body(&values[k])
  }

  /// The index of `word` in `keys`, if it is one.
  @inline(__always)
  func index<S: StringProtocol>(of word: S) -> Int? {
    if let found = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
    return Array(word.utf8).withUnsafeBufferPointer { find($0) }
  }

  @inline(__always)
  private func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
    let h = Self.hash(word)
    let mask = slots.count - 1
    var s = Self.slot(h, mask)
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let entry = Int(slots[s])
        if entry == 0 { return nil }
        let k = entry - 1
        if hashes[k] == h, equal(k, word) { return k }
        s = (s + 1) & mask
      }
    }
  }

  @inline(__always)
  private func equal(_ k: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[k]
    guard starts[k + 1] - start == word.count else { return false }
    return bytes.withUnsafeBufferPointer { all in
      for j in 0..<word.count where all[start + j] != word[j] { return false }
      return true
    }
  }

  private mutating func append(_ key: String, _ value: Value) {
    keys.append(key)
    values.append(value)
    bytes.append(contentsOf: key.utf8)
    starts.append(bytes.count)
    hashes.append(Self.hash(bytes: key.utf8))
    if keys.count * 2 > slots.count {
      slots = Array(repeating: 0, count: slots.count * 2)
      for k in keys.indices { place(k) }
    } else {
      place(keys.count - 1)
    }
  }

  private mutating func place(_ k: Int) {
    let mask = slots.count - 1
    var s = Self.slot(hashes[k], mask)
    while slots[s] != 0 { s = (s + 1) & mask }
    slots[s] = Int32(k + 1)
  }

  @inline(__always)
  private static func slot(_ h: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// FNV-1a over the bytes.
  @inline(__always)
  private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in word { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    return h
  }

  private static func hash(bytes: String.UTF8View) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    return h
  }
}

extension WordTable: Sendable where Value: Sendable {}

/// A fixed set of words, looked up as `WordTable` looks them up (no `Hasher`, no string
/// comparison); iterates in the order the words were given.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
  private var table = WordTable<Bool>()

  init(arrayLiteral elements: String...) {
    for word in elements { table[word] = true }
  }

  init<S: Sequence>(_ words: S) where S.Element == String {
    for word in words { table[word] = true }
  }

  var count: Int { table.count }

  /// Whether `word` is one of the words. (Concrete overloads: `Sequence.contains`, a linear
  /// scan, would otherwise win over a generic one.)
  @inline(__always)
  func contains(_ word: String) -> Bool { table.index(of: word) != nil }

  @inline(__always)
  func contains(_ word: Substring) -> Bool { table.index(of: word) != nil }

  func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
}
