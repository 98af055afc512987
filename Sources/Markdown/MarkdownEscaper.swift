/// Escapes text so that CommonMark reads it as literal text and nothing else.
///
/// Every value that a page template takes from an article passes through here, so article text
/// can never become a heading, a list, emphasis, a link, an image, code or raw HTML:
/// - every ASCII punctuation character gets a backslash (CommonMark's escape for exactly these),
///   except `<` and `&`, which become the entities `&lt;` and `&amp;`;
/// - line breaks, and the whitespace around them, fold into one space, so a value stays inside
///   the block the template put it in; trailing whitespace is dropped (no hard breaks);
/// - leading spaces and tabs become `&#32;`, so a value at the start of a line never indents code;
/// - NUL and the private-use characters that mark trusted slots (``MarkdownSlot``) become
///   U+FFFD, so text can never forge a slot.
///
/// Backslash escapes hold in text, link text, link destinations and link titles; they do not
/// inside code spans, so templates must not put values between backticks.
public enum MarkdownEscaper {
  public static func escape(_ text: String) -> String {
    var text = text
    // Most values (names, dates, numbers, kinds) need no escape: return them without copying.
    if text.withUTF8(isLiteral) { return text }
    return text.withUTF8 { escape(utf8: $0) }
  }

  /// Whether escaping leaves `input` as it is: letters, digits, spaces between them, and
  /// non-ASCII scalars other than the line separators and slot sentinels (whose lead bytes
  /// 0xC2, 0xE2 and 0xEF send the text to the full escape).
  static func isLiteral(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = input.first, let last = input.last else { return true }
    if first == 0x20 || last == 0x20 { return false }
    for byte in input {
      switch byte {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x20: continue
      case 0xC2, 0xE2, 0xEF: return false
      case 0x80...0xFF: continue
      default: return false
      }
    }
    return true
  }

  /// The work of ``escape(_:)`` on UTF-8 bytes: ASCII is handled byte by byte, and only the
  /// few non-ASCII scalars that matter (line separators, slot sentinels) are decoded.
  static func escape(utf8 input: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(input.count + input.count / 4 + 8)
    var hasContent = false
    var breakPending = false
    var spaces = 0  // spaces seen since the last content, not yet written
    let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]  // U+FFFD
    var i = 0
    let n = input.count
    while i < n {
      let byte = input[i]
      // The scalar at i: its length in bytes and, for the few non-ASCII ones that matter, value.
      var length = 1
      var scalar: UInt32 = UInt32(byte)
      if byte >= 0x80 {
        length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        length = min(length, n - i)
        if length == 2 {
          scalar = (UInt32(byte & 0x1F) << 6) | UInt32(input[i + 1] & 0x3F)
        } else if length == 3 {
          scalar =
            (UInt32(byte & 0x0F) << 12) | (UInt32(input[i + 1] & 0x3F) << 6)
            | UInt32(input[i + 2] & 0x3F)
        } else {
          scalar = 0x10000  // any 4-byte scalar: copied as it is
        }
      }
      switch scalar {
      case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
        breakPending = true
        i += length
        continue
      case 0x20, 0x09:
        if !hasContent {
          if !breakPending { out.append(contentsOf: [0x26, 0x23, 0x33, 0x32, 0x3B]) }  // &#32;
        } else {
          spaces += 1
        }
        i += length
        continue
      default:
        break
      }
      if hasContent {
        if breakPending {
          out.append(0x20)
        } else if spaces > 0 {
          out.append(contentsOf: repeatElement(0x20, count: spaces))
        }
      }
      spaces = 0
      breakPending = false
      hasContent = true
      switch scalar {
      case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
      case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
      case 0x00: out.append(contentsOf: replacement)
      case MarkdownSlot.open.value, MarkdownSlot.close.value: out.append(contentsOf: replacement)
      case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
        out.append(0x5C)
        out.append(byte)
      default:
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<i + length]))
      }
      i += length
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// CommonMark's ASCII punctuation: the characters a backslash can escape.
  static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }
}
