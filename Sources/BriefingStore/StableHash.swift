/// The one hash of the project: 128 bits, eight bytes at a time, printed as 32 hex digits,
/// stable across runs and machines. It names cache records, keys and fingerprints pages, and
/// records the bytes of every file a build writes.
///
/// It detects change, not tampering: every cache record also keeps what it was made from. Not
/// SHA-256 (swift-crypto), by measurement over the 44,132,171 bytes of a 10,000-article corpus
/// (`gen_corpus.py 10000`) on the project's busy 2-core machine, best of 7: this hash 19.7 ms
/// (2.2 GB/s), SHA-256 with the processor's SHA instructions 65 ms (0.68 GB/s), the
/// byte-at-a-time FNV-1a it replaced 106 ms; and swift-crypto would add BoringSSL's 370 C and
/// assembly files to the light build (`Benchmarks/hash.swift`, `Benchmarks/hash_sha256.py`).
///
/// Each `add` is one step over its bytes with their count mixed in first, so ("ab", "c") and
/// ("a", "bc") differ; `hex(of:)` is one such step from the initial state.
public struct StableHash: Sendable, Hashable {
  private var a: UInt64 = 0x243f_6a88_85a3_08d3
  private var b: UInt64 = 0x1319_8a2e_0370_7344

  public init() {}

  /// The hash of one block of bytes, as 32 hex digits.
  public static func hex(of bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { hex(of: $0) }
  }

  public static func hex(of raw: UnsafeRawBufferPointer) -> String {
    var h = StableHash()
    h.add(raw)
    return h.hex
  }

  /// The hash of strings, each one a separate part.
  public static func of(_ parts: String...) -> String {
    var h = StableHash()
    for p in parts { h.add(p) }
    return h.hex
  }

  /// Adds one part: bytes of any sequence (copied once when not contiguous).
  public mutating func add(_ bytes: some Sequence<UInt8>) {
    if let done: Void = bytes.withContiguousStorageIfAvailable({ add(UnsafeRawBufferPointer($0)) })
    {
      return done
    }
    Array(bytes).withUnsafeBytes { add($0) }
  }

  /// A string's UTF-8 bytes read as one block when it has them contiguous (native strings do).
  public mutating func add(_ text: String) {
    // Read in place, without the copy `withUTF8` needs a mutable string for (a retain and a
    // release per part, a sixth of hashing a short string).
    if let done: Void = text.utf8.withContiguousStorageIfAvailable({
      add(UnsafeRawBufferPointer($0))
    }) {
      return done
    }
    var text = text
    text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
  }

  /// Adds another hash's state as one 16-byte part: a digest made once (a party's, an
  /// entry's) folded into many keys without printing it.
  public mutating func add(_ other: StableHash) {
    withUnsafeBytes(of: (other.a.littleEndian, other.b.littleEndian)) { add($0) }
  }

  public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    add(UnsafeRawBufferPointer(bytes))
  }

  public mutating func add(_ raw: UnsafeRawBufferPointer) {
    // Two lanes with different multipliers; each step is a multiply and a shift-xor, so the
    // lanes run side by side in the processor.
    var a = self.a ^ UInt64(raw.count)
    var b = self.b &+ UInt64(raw.count)
    var offset = 0
    while offset + 8 <= raw.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      a = (a ^ word) &* 0x9e37_79b9_7f4a_7c15
      a ^= a >> 29
      b = (b ^ word) &* 0xc2b2_ae3d_27d4_eb4f
      b ^= b >> 31
      offset += 8
    }
    var tail: UInt64 = 0
    for i in offset..<raw.count { tail |= UInt64(raw[i]) << (8 * UInt64(i - offset)) }
    self.a = (a ^ tail) &* 0x9e37_79b9_7f4a_7c15
    self.b = (b ^ tail) &* 0xc2b2_ae3d_27d4_eb4f
  }

  /// The hash so far, as 32 lower-case hex digits. Written digit by digit into the string:
  /// tens of thousands of keys are printed at every plan, and `String(_:radix:)`, padding and
  /// joining cost some 4,000 instructions a hash.
  public var hex: String {
    let high = Self.finish(a)
    let low = Self.finish(b)
    return String(unsafeUninitializedCapacity: 32) { out in
      for i in 0..<16 {
        out[i] = Self.digits[Int((high >> UInt64(60 - 4 * i)) & 0xF)]
        out[16 + i] = Self.digits[Int((low >> UInt64(60 - 4 * i)) & 0xF)]
      }
      return 32
    }
  }

  private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

  /// The hash so far as one 64-bit number (for a checksum stored as an integer).
  public var value: UInt64 { Self.finish(a) ^ Self.finish(b) }

  /// A 64-bit value as 16 lower-case hex digits, zero-padded.
  public static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// A final mix (murmur3's), so every input bit reaches every output bit.
  private static func finish(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 33
    x &*= 0xff51_afd7_ed55_8ccd
    x ^= x >> 33
    x &*= 0xc4ce_b9fe_1a85_ec53
    x ^= x >> 33
    return x
  }
}
