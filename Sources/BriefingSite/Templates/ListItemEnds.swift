import Foundation

/// Leaves out the `</li>` that cmark writes after every list item: HTML closes an item at the
/// next item or at the end of its list, so the tag says nothing (~50 on a briefing page, 5
/// bytes each). Text from articles reaches the page escaped, so the bytes `</li>` are markup.
enum ListItemEnds {
  static let tag = Array("</li>".utf8)

  /// `html` without its `</li>` tags.
  static func drop(_ html: [UInt8]) -> [UInt8] {
    html.withUnsafeBufferPointer { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var copied = 0
      let last = bytes.count - tag.count
      // Each `<` found by `memchr` (a vector scan), not byte by byte.
      var next = ListItemAnchors.first(0x3C, in: bytes, from: 0)
      while let k = next, k <= last {
        if bytes[k + 1] == 0x2F && bytes[k + 2] == 0x6C && bytes[k + 3] == 0x69
          && bytes[k + 4] == 0x3E
        {
          out.append(contentsOf: bytes[copied..<k])
          copied = k + tag.count
          next = ListItemAnchors.first(0x3C, in: bytes, from: copied)
        } else {
          next = ListItemAnchors.first(0x3C, in: bytes, from: k + 1)
        }
      }
      if copied == 0 { return html }
      out.append(contentsOf: bytes[copied...])
      return out
    }
  }
}
