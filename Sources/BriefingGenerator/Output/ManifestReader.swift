import Foundation

/// Reads back the manifest in the one form ``OutputManifest/encoded()`` writes (one file a
/// line, keys in order, no escapes), without `JSONDecoder`: every `generate` reads the
/// manifest, and at 10,000 articles (36,000 files) decoding it was a large part of an edit's
/// rebuild. Anything else (a backslash anywhere, another layout, a manifest written by hand)
/// gives nil, and `JSONDecoder` reads it instead.
enum ManifestReader {
  static func read(_ data: Data) -> OutputManifest? {
    data.withUnsafeBytes { raw in
      var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
      return reader.manifest()
    }
  }

  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    mutating func manifest() -> OutputManifest? {
      guard !bytes.contains(UInt8(ascii: "\\")), take("{\"version\":"), let version = number(),
        take(",\"files\":{")
      else { return nil }
      var files: [String: OutputManifest.Entry] = [:]
      var first = true
      while !take("\n}}\n") {
        guard take(first ? "\n" : ",\n"), let path = string(), take(":{\"fingerprint\":"),
          let fingerprint = string(), take(",\"hash\":"), let hash = string()
        else { return nil }
        var key: String?
        if take(",\"key\":") {
          guard let k = string() else { return nil }
          key = k
        }
        guard take(",\"size\":"), let size = number(), take("}"), files[path] == nil else {
          return nil
        }
        files[path] = .init(key: key, fingerprint: fingerprint, size: size, hash: hash)
        first = false
      }
      guard at == bytes.count else { return nil }
      return OutputManifest(version: version, files: files)
    }

    /// Consumes `literal` if the bytes go on with it.
    mutating func take(_ literal: StaticString) -> Bool {
      let n = literal.utf8CodeUnitCount
      guard at + n <= bytes.count else { return false }
      let p = literal.utf8Start
      for i in 0..<n where bytes[at + i] != p[i] { return false }
      at += n
      return true
    }

    /// A string without escapes (there are no backslashes), valid UTF-8, no control bytes.
    mutating func string() -> String? {
      guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
      var end = at + 1
      while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
        guard bytes[end] >= 0x20 else { return nil }
        end += 1
      }
      guard end < bytes.count,
        let text = String(
          validating: UnsafeBufferPointer(rebasing: bytes[(at + 1)..<end]),
          as: UTF8.self)
      else { return nil }
      at = end + 1
      return text
    }

    /// A non-negative integer of at most 18 digits, as JSON writes it (no leading zeros).
    mutating func number() -> Int? {
      if at + 1 < bytes.count, bytes[at] == UInt8(ascii: "0"), bytes[at + 1] >= UInt8(ascii: "0"),
        bytes[at + 1] <= UInt8(ascii: "9")
      {
        return nil
      }
      var n = 0
      var digits = 0
      while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
        guard digits < 18 else { return nil }
        n = n * 10 + Int(bytes[at] - UInt8(ascii: "0"))
        digits += 1
        at += 1
      }
      return digits == 0 ? nil : n
    }
  }
}
