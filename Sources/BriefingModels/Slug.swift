import Foundation

/// Slugs: the safe alphabet (`a-z`, `0-9`, `-`) that ids, file names and URLs are built from.
public enum Slug {
  /// The longest slug produced; longer titles are cut at a word boundary.
  public static let maxLength = 80

  /// Lower-cases, folds accents, keeps `a-z0-9`, joins words with `-`. Never empty, never a path.
  public static func make(_ text: String, fallback: String = "untitled") -> String {
    var text = text
    // ASCII needs no accent folding and lower-cases byte by byte: the common case skips
    // Foundation's folding (an NSString bridge) and gives the same slug.
    if let bytes = text.withUTF8({ asciiSlugBytes($0) }) {
      return bytes.isEmpty ? fallback : String(decoding: bytes, as: UTF8.self)
    }
    return unicodeSlug(text, fallback: fallback)
  }

  /// The slug of any text, through Foundation's accent folding (`make` takes a faster path
  /// to the same slug for ASCII).
  static func unicodeSlug(_ text: String, fallback: String = "untitled") -> String {
    let folded = text.decomposedLowercased
    var out: [UInt8] = []
    var pendingDash = false
    for scalar in folded.unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9":
        if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
        pendingDash = false
        out.append(UInt8(scalar.value))
      case _ where scalar.properties.generalCategory == .nonspacingMark:
        continue  // accents after decomposition: "é" → "e"
      case "'", "’":
        continue  // "Russia's" → "russias"
      default:
        pendingDash = true
      }
      if out.count >= maxLength { break }
    }
    return finish(out, fallback: fallback)
  }

  /// The slug of an all-ASCII text, or nil when the text holds anything else.
  private static func asciiSlugBytes(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(min(text.count, maxLength + 1))
    var pendingDash = false
    for byte in text {
      guard byte < 0x80 else { return nil }
      var c = byte
      if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { c += 32 }
      if (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
        || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
      {
        if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
        pendingDash = false
        out.append(c)
      } else if c != UInt8(ascii: "'") {
        pendingDash = true
      }
      if out.count >= maxLength { break }
    }
    // A later non-ASCII byte could not change the slug once it is full, but the rule is
    // simplest stated for whole texts: only an all-ASCII text takes this path.
    if out.count >= maxLength, !text.allSatisfy({ $0 < 0x80 }) { return nil }
    return trimmed(out)
  }

  private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
    var out = bytes
    if out.count > maxLength { out.removeLast(out.count - maxLength) }
    while out.last == UInt8(ascii: "-") { out.removeLast() }
    return out
  }

  private static func finish(_ bytes: [UInt8], fallback: String) -> String {
    let out = trimmed(bytes)
    return out.isEmpty ? fallback : String(decoding: out, as: UTF8.self)
  }
}

extension String {
  /// Lower-cased with accents removed ("Défense" → "defense").
  fileprivate var decomposedLowercased: String {
    folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .decomposedStringWithCanonicalMapping
  }
}
