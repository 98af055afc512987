/// JSON that is safe to serve and to embed: keys sorted (stable bytes), and `<`, `>`, `&`,
/// U+2028 and U+2029 written as `\u` escapes, so no text in it can read as markup or end a script.
///
/// The bytes are those of Foundation's `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` followed by those escapes (the tests compare the two), written
/// directly from the models' `Encodable` conformances: the site's JSON exports are tens of
/// megabytes on big corpora, and `JSONEncoder` was most of their cost.
enum SafeJSON {
  static func encode(_ value: some Encodable) -> [UInt8] {
    let encoder = JSONTreeEncoder()
    do { try value.encode(to: encoder) } catch { return Array("null\n".utf8) }
    // No large reservation: the buffer is what callers keep, and the search index encodes
    // tens of thousands of 30-byte terms (64 KB each made 155 MB of a 1k build's 300 MB peak).
    var out: [UInt8] = []
    write(encoder.slot.value, to: &out)
    out.append(UInt8(ascii: "\n"))
    return out
  }

  private static func write(_ value: JSONValue, to out: inout [UInt8]) {
    switch value {
    case .null: out += [0x6E, 0x75, 0x6C, 0x6C]  // null
    case .bool(let b): out += b ? Array("true".utf8) : Array("false".utf8)
    case .int(let i): out += Array(String(i).utf8)
    case .string(let s): writeString(s, to: &out)
    case .deferred(let slot): write(slot.value, to: &out)
    case .array(let array):
      out.append(UInt8(ascii: "["))
      for (i, item) in array.items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        write(item, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let object):
      out.append(UInt8(ascii: "{"))
      for (i, field) in object.sortedFields().enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        writeString(field.key, to: &out)
        out.append(UInt8(ascii: ":"))
        write(field.value, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Writes `text` quoted, copying runs that need no escape whole rather than byte by byte
  /// (briefing.json files are mostly such runs). With `safe` false, `<`, `>`, `&`, U+2028 and
  /// U+2029 are written as they are, as `JSONEncoder` writes them (``PrettyJSON``).
  static func writeString(_ text: String, to out: inout [UInt8], safe: Bool = true) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var run = 0
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        let escaped: [UInt8]
        switch byte {
        case UInt8(ascii: "\""): escaped = [0x5C, 0x22]
        case UInt8(ascii: "\\"): escaped = [0x5C, 0x5C]
        case 0x08: escaped = [0x5C, UInt8(ascii: "b")]
        case 0x0C: escaped = [0x5C, UInt8(ascii: "f")]
        case 0x0A: escaped = [0x5C, UInt8(ascii: "n")]
        case 0x0D: escaped = [0x5C, UInt8(ascii: "r")]
        case 0x09: escaped = [0x5C, UInt8(ascii: "t")]
        case 0x00..<0x20:
          escaped = [
            0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
          ]
        // A `where` binds to one pattern only, so each markup byte carries its own.
        case UInt8(ascii: "<") where safe, UInt8(ascii: ">") where safe,
          UInt8(ascii: "&") where safe:
          escaped = [
            0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
          ]
        case 0xE2
        where safe && i + 2 < bytes.count && bytes[i + 1] == 0x80
          && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
          escaped = Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        default:
          i += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
        out.append(contentsOf: escaped)
        i += byte == 0xE2 ? 3 : 1
        run = i
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
