/// A 128-bit hash of a file's bytes, eight bytes at a time, as 32 hex digits.
///
/// Every build hashes the files it renders, and the whole-corpus exports are tens of
/// megabytes: a byte-at-a-time FNV spent about a tenth of a second on them per rebuild at
/// 10,000 articles. Like ``Fingerprint`` it detects change, not tampering.
public enum ByteDigest {
  public static func hex(of bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { hex(of: $0) }
  }

  public static func hex(of raw: UnsafeRawBufferPointer) -> String {
    // Two lanes with different multipliers; each step is a multiply and a shift-xor, so the
    // lanes run side by side in the processor.
    var a: UInt64 = 0x243f_6a88_85a3_08d3 ^ UInt64(raw.count)
    var b: UInt64 = 0x1319_8a2e_0370_7344 &+ UInt64(raw.count)
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
    a = (a ^ tail) &* 0x9e37_79b9_7f4a_7c15
    b = (b ^ tail) &* 0xc2b2_ae3d_27d4_eb4f
    return Fingerprint.hex(finish(a)) + Fingerprint.hex(finish(b))
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
