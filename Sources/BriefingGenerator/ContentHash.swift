/// A 128-bit FNV-1a hash (two 64-bit lanes) of bytes, as 32 hex digits.
///
/// Used for cache file names and change detection, never for security: cache entries also
/// store their input and are checked against it, so a collision costs a re-extraction, nothing more.
struct ContentHash {
  private var a: UInt64 = 0xcbf2_9ce4_8422_2325
  private var b: UInt64 = 0x6c62_272e_07bb_0142

  mutating func add(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      b = b ^ (b >> 29)
    }
  }

  mutating func add(_ text: String) {
    add(text.utf8)
    add([0xFF])  // separator: "ab"+"c" differs from "a"+"bc"
  }

  var hex: String {
    func h(_ v: UInt64) -> String {
      let s = String(v, radix: 16)
      return String(repeating: "0", count: 16 - s.count) + s
    }
    return h(a) + h(b)
  }

  static func of(_ bytes: some Sequence<UInt8>) -> String {
    var h = ContentHash()
    h.add(bytes)
    return h.hex
  }
}
