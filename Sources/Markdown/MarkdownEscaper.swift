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
    let escaped: String? = text.withUTF8 { input in
      let start = literalPrefix(input)
      return start == input.count ? nil : escape(utf8: input, from: start)
    }
    // Most values (names, dates, numbers, kinds) need no escape: they are returned uncopied.
    return escaped ?? text
  }

  /// Appends the escape of `text` to `output` as UTF-8, without making a string of it: what a
  /// template engine filling a page needs for each value.
  public static func escape(_ text: String, into output: inout [UInt8]) {
    var text = text
    text.withUTF8 { input in
      let start = literalPrefix(input)
      guard start < input.count else {
        output.append(contentsOf: input)
        return
      }
      let capacity = start + 5 * (input.count - start)
      let end = output.count
      output.append(contentsOf: repeatElement(0, count: capacity))
      let written = output.withUnsafeMutableBufferPointer { buffer in
        write(input, from: start, to: buffer.baseAddress! + end)
      }
      output.removeLast(capacity - written)
    }
  }

  /// How many bytes at the start of `input` escaping leaves as they are, ending where it can
  /// resume: letters, digits, inner spaces and non-ASCII scalars other than the line separators
  /// and slot sentinels (whose lead bytes 0xC2, 0xE2 and 0xEF stop the prefix), up to the last
  /// byte that is not a space.
  static func literalPrefix(_ input: UnsafeBufferPointer<UInt8>) -> Int {
    var end = 0
    for i in input.indices {
      switch input[i] {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: end = i + 1
      case 0x20: if end == 0 { return 0 }  // a leading space is escaped
      case 0xC2, 0xE2, 0xEF: return end
      case 0x80...0xFF: end = i + 1
      default: return end
      }
    }
    return end
  }

  /// The work of ``escape(_:)`` on UTF-8 bytes: ASCII is handled byte by byte, and only the
  /// few non-ASCII scalars that matter (line separators, slot sentinels) are decoded. The first
  /// `start` bytes are a ``literalPrefix(_:)``, copied as they are.
  static func escape(utf8 input: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> String {
    // No input byte becomes more than five output bytes (`&#32;`, `&amp;`).
    let capacity = start + 5 * (input.count - start)
    if capacity == 0 { return "" }
    if capacity <= 1 << 14 {
      return String(unsafeUninitializedCapacity: capacity) {
        write(input, from: start, to: $0.baseAddress!)
      }
    }
    let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      count = write(input, from: start, to: buffer.baseAddress!)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes the escape of `input` to `out`, which has room for five bytes per input byte, and
  /// returns how many bytes it wrote.
  private static func write(
    _ input: UnsafeBufferPointer<UInt8>, from start: Int, to out: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var o = 0
    @inline(__always) func put(_ byte: UInt8) {
      out[o] = byte
      o += 1
    }
    @inline(__always) func put(_ a: UInt8, _ b: UInt8, _ c: UInt8) {
      put(a)
      put(b)
      put(c)
    }
    if start > 0 { out.update(from: input.baseAddress!, count: start) }
    o = start
    var hasContent = start > 0
    var breakPending = false
    var spaces = 0  // spaces seen since the last content, not yet written
    var i = start
    let n = input.count
    while i < n {
      // Fast path, inside a value with no space or break pending: a run of letters, digits and
      // scalars left as they are, with single spaces between them, is copied in one go.
      if hasContent, !breakPending, spaces == 0 {
        var j = i
        while j < n {
          if isPlain(input[j]) {
            j += 1
          } else if input[j] == 0x20, j + 1 < n, isPlain(input[j + 1]) {
            j += 2
          } else {
            break
          }
        }
        if j > i {
          (out + o).update(from: input.baseAddress! + i, count: j - i)
          o += j - i
          i = j
          continue
        }
      }
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
          if !breakPending {  // &#32;
            put(0x26, 0x23, 0x33)
            put(0x32)
            put(0x3B)
          }
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
          put(0x20)
        } else {
          for _ in 0..<spaces { put(0x20) }
        }
      }
      spaces = 0
      breakPending = false
      hasContent = true
      switch scalar {
      case 0x3C:  // &lt;
        put(0x26, 0x6C, 0x74)
        put(0x3B)
      case 0x26:  // &amp;
        put(0x26, 0x61, 0x6D)
        put(0x70)
        put(0x3B)
      case 0x00, MarkdownSlot.open.value, MarkdownSlot.close.value: put(0xEF, 0xBF, 0xBD)  // U+FFFD
      case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
        put(0x5C)
        put(byte)
      default:
        for k in i..<i + length { put(input[k]) }
      }
      i += length
    }
    return o
  }

  /// Whether `byte` is copied as it is wherever it stands in a value: an ASCII letter or digit,
  /// or a byte of a non-ASCII scalar other than line separators and slot sentinels (whose lead
  /// bytes 0xC2, 0xE2 and 0xEF take the slow path, which reads their whole scalar).
  @inline(__always)
  private static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    case 0xC2, 0xE2, 0xEF: false
    case 0x80...0xFF: true
    default: false
    }
  }

  /// CommonMark's ASCII punctuation: the characters a backslash can escape.
  static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }
}
