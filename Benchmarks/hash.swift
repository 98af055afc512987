// Measures the hashes Briefing could use over a corpus: StableHash (Sources/BriefingStore,
// copied below), the byte-at-a-time FNV-1a it replaced, and, for SHA-256, see hash.sh (OpenSSL's
// libcrypto with the processor's SHA instructions, as BoringSSL in swift-crypto uses them).
// Usage: swiftc -O Benchmarks/hash.swift -o /tmp/hashbench && /tmp/hashbench DIR
import Foundation

func stable(_ raw: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
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
  return ((a ^ tail) &* 0x9e37_79b9_7f4a_7c15, (b ^ tail) &* 0xc2b2_ae3d_27d4_eb4f)
}

func fnv(_ raw: UnsafeRawBufferPointer) -> UInt64 {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  for b in raw { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
  return h
}

let dir = URL(fileURLWithPath: CommandLine.arguments[1])
let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
  .compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
let blobs = files.compactMap { try? Data(contentsOf: $0) }.map { [UInt8]($0) }
let total = blobs.reduce(0) { $0 + $1.count }
print("\(blobs.count) files, \(total) bytes")

func time(_ name: String, _ body: () -> UInt64) {
  var best = Double.infinity
  var sink: UInt64 = 0
  for _ in 0..<7 {
    let start = DispatchTime.now().uptimeNanoseconds
    sink ^= body()
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  }
  print(
    String(
      format: "%@: best of 7 %.1f ms, %.2f GB/s (%llx)", name, best, Double(total) / best / 1e6,
      sink))
}
time("StableHash") {
  blobs.reduce(0) { s, b in
    b.withUnsafeBytes {
      let (x, y) = stable($0)
      return s ^ x ^ y
    }
  }
}
time("FNV-1a 64") { blobs.reduce(0) { s, b in b.withUnsafeBytes { s ^ fnv($0) } } }
