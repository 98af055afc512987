/// Escapes text for HTML and XML: element content and double-quoted attribute values alike.
///
/// Used for everything BriefingSite writes outside Markdown: the layout's values, the trusted
/// HTML fragments (SVG charts, the marked article text), the Atom feed and the sitemap; and by
/// the preview server's build-error page. Works on the UTF-8 bytes; text with nothing to escape
/// (most of it) is returned as it is, without a copy.
public enum HTMLEscaper {
  public static func escape(_ text: String) -> String {
    var text = text
    let escaped: String? = text.withUTF8 { utf8 in
      guard let first = utf8.firstIndex(where: needsWork) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(utf8.count + 16)
      out.append(contentsOf: utf8[..<first])
      var i = first
      while i < utf8.count {
        let b = utf8[i]
        switch b {
        case UInt8(ascii: "&"): out.append(contentsOf: amp)
        case UInt8(ascii: "<"): out.append(contentsOf: lt)
        case UInt8(ascii: ">"): out.append(contentsOf: gt)
        case UInt8(ascii: "\""): out.append(contentsOf: quot)
        case UInt8(ascii: "'"): out.append(contentsOf: apos)
        // Characters XML 1.0 forbids; HTML tolerates them badly too.
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F: out.append(contentsOf: replacement)
        case 0xEF where i + 2 < utf8.count && utf8[i + 1] == 0xBF && utf8[i + 2] >= 0xBE:
          out.append(contentsOf: replacement)  // U+FFFE, U+FFFF
          i += 2
        default: out.append(b)
        }
        i += 1
      }
      return String(decoding: out, as: UTF8.self)
    }
    return escaped ?? text
  }

  /// Whether a byte starts something to escape (0xEF only may: U+FFFE and U+FFFF).
  private static func needsWork(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"), 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0xEF:
      true
    default: false
    }
  }

  private static let amp = Array("&amp;".utf8)
  private static let lt = Array("&lt;".utf8)
  private static let gt = Array("&gt;".utf8)
  private static let quot = Array("&quot;".utf8)
  private static let apos = Array("&#39;".utf8)
  private static let replacement = Array("\u{FFFD}".utf8)
}
