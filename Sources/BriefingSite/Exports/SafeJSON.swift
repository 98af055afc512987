import BriefingModels

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

  /// Writes `text` quoted and escaped, markup included (``JSONWriter/writeString(_:to:safe:)``).
  static func writeString(_ text: String, to out: inout [UInt8]) {
    JSONWriter.writeString(text, to: &out, safe: true)
  }
}
