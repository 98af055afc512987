/// A stable 64-bit FNV-1a hash, printed as 16 hex digits.
///
/// Fingerprints only decide whether a page must be re-rendered, so speed and stability across
/// runs and machines matter, not resistance to collisions crafted on purpose.
struct Fingerprint {
  private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      state ^= UInt64(byte)
      state &*= 0x0000_0100_0000_01b3
    }
    // A separator, so ("ab", "c") and ("a", "bc") differ.
    state ^= 0xff
    state &*= 0x0000_0100_0000_01b3
  }

  /// A string's UTF-8 bytes read as one block when it has them contiguous (native strings do),
  /// not one at a time through the string's iterator.
  mutating func add(_ text: String) {
    var text = text
    text.withUTF8 { add($0) }
  }

  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    var state = state
    for byte in bytes {
      state ^= UInt64(byte)
      state &*= 0x0000_0100_0000_01b3
    }
    state ^= 0xff
    state &*= 0x0000_0100_0000_01b3
    self.state = state
  }

  var hex: String { Self.hex(state) }

  /// A 64-bit value as 16 lower-case hex digits, zero-padded.
  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  static func of(_ parts: String...) -> String {
    var f = Fingerprint()
    for p in parts { f.add(p) }
    return f.hex
  }
}
