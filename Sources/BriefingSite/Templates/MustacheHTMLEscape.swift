/// Escapes a `layout.html` value exactly as swift-mustache's HTML content type did, so pages
/// keep their bytes: `<`, `>`, `&`, `"` and `'` become `&lt;`, `&gt;`, `&amp;`, `&quot;` and
/// `&#39;` when they stand as characters of their own.
///
/// swift-mustache compares `Character`s (grapheme clusters): a `'` followed by a combining
/// accent is one character that is not `'`, and stays as it is. ASCII text, where every byte
/// is a character, is escaped byte by byte; text with other scalars goes character by character.
enum MustacheHTMLEscape {
  static func escape(_ text: String) -> String {
    var text = text
    let result: String?? = text.withUTF8 { utf8 in
      guard utf8.contains(where: isSpecial) else { return .some(nil) }
      guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(utf8.count + 16)
      for byte in utf8 {
        switch byte {
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
        default: out.append(byte)
        }
      }
      return .some(String(decoding: out, as: UTF8.self))
    }
    switch result {
    case .some(.none): return text
    case .some(.some(let escaped)): return escaped
    case .none: return escapeCharacters(text)
    }
  }

  private static func isSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      true
    default: false
    }
  }

  /// swift-mustache's own loop, for text with non-ASCII characters.
  private static func escapeCharacters(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for c in text {
      switch c {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }
}
