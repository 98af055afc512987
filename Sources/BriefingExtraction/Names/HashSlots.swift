/// A fixed table from 64-bit word hashes to small integers, by open addressing on the hash
/// itself: the name lexicon's look-up per word token, which `[UInt64: _]` ran through `Hasher`.
struct HashSlots: Sendable {
  private var keys: [UInt64] = []
  /// Slot → value, -1 for an empty slot (a hash may be any 64-bit value, 0 too).
  private var values: [Int32] = []
  private var mask = 0

  /// A table of `pairs`, whose keys are distinct.
  init<S: Sequence>(_ pairs: S, count: Int) where S.Element == (UInt64, Int32) {
    var capacity = 16
    while capacity < count * 2 { capacity *= 2 }
    keys = [UInt64](repeating: 0, count: capacity)
    values = [Int32](repeating: -1, count: capacity)
    mask = capacity - 1
    for (key, value) in pairs {
      var s = Self.slot(key, mask)
      while values[s] >= 0 { s = (s + 1) & mask }
      keys[s] = key
      values[s] = value
    }
  }

  init() {}

  /// The value of `key`, nil if it is not in the table.
  @inline(__always)
  func value(_ key: UInt64) -> Int32? {
    guard mask > 0 else { return nil }
    var s = Self.slot(key, mask)
    while true {
      let v = values[s]
      if v < 0 { return nil }
      if keys[s] == key { return v }
      s = (s + 1) & mask
    }
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
  }
}
