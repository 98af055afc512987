import Foundation

/// Moves an anchor that opens a list item onto the item itself: cmark cannot give a `<li>` an
/// id, so templates place ``SlotTable/anchor(_:)`` first in the item, and the rendered
/// `<li><span class="anchor" id="x"></span> ` becomes `<li id="x">` (one element, 35 bytes
/// fewer, on every event and statement of every page). Anchors anywhere else stay as they are.
///
/// One pass over the UTF-8 bytes: Foundation's `range(of:)` on a `Substring` copied the rest of
/// the page on every call, which made a 2 MB timeline page of 4,000 items take 4 s.
enum ListItemAnchors {
  static let opening = Array("<li><span class=\"anchor\" id=\"".utf8)
  static let closing = Array("\"></span> ".utf8)
  private static let replacement = Array("<li id=\"".utf8)

  static func hoist(_ html: String) -> String {
    var html = html
    let bytes: [UInt8]? = html.withUTF8 { Self.hoisted(in: $0) }
    return bytes.map { String(decoding: $0, as: UTF8.self) } ?? html
  }

  /// ``hoist(_:)`` on UTF-8 bytes.
  static func hoist(_ html: [UInt8]) -> [UInt8] {
    html.withUnsafeBufferPointer { Self.hoisted(in: $0) } ?? html
  }

  /// The page's bytes with its opening anchors hoisted; nil when it has none.
  private static func hoisted(in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard let first = find(opening, in: bytes, from: 0) else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var copied = 0
    var next: Int? = first
    while let start = next {
      let idStart = start + opening.count
      // The id runs to the closing `"></span> `; an id holding a quote is no anchor of ours.
      if let end = find(closing, in: bytes, from: idStart),
        !bytes[idStart..<end].contains(UInt8(ascii: "\""))
      {
        out.append(contentsOf: bytes[copied..<start])
        out.append(contentsOf: replacement)
        out.append(contentsOf: bytes[idStart..<end])
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ">")])
        copied = end + closing.count
        next = find(opening, in: bytes, from: copied)
      } else {
        next = find(opening, in: bytes, from: idStart)
      }
    }
    out.append(contentsOf: bytes[copied...])
    return out
  }

  /// The offset of the first `needle` in `bytes` at or after `from`.
  private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int)
    -> Int?
  {
    guard let lead = needle.first, bytes.count >= needle.count else { return nil }
    let last = bytes.count - needle.count
    var found = first(lead, in: bytes, from: from)
    while let k = found, k <= last {
      var j = 1
      while j < needle.count && bytes[k + j] == needle[j] { j += 1 }
      if j == needle.count { return k }
      found = first(lead, in: bytes, from: k + 1)
    }
    return nil
  }

  /// The offset of the first `byte` in `bytes` at or after `from`, found by `memchr` (a vector
  /// scan: a byte-by-byte loop over every page's HTML was 0.3 G instructions of a cold 1,000
  /// build, with ``ListItemEnds``).
  static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let base = bytes.baseAddress, from < bytes.count,
      let hit = memchr(base + from, Int32(byte), bytes.count - from)
    else { return nil }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }
}
