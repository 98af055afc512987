/// JSON as `briefing extract` prints it: the bytes of Foundation's `JSONEncoder` with
/// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes` (the tests compare the two),
/// written from the same tree as ``SafeJSON``. `JSONEncoder` was 18% of the instructions of
/// `briefing extract`, which is the map step of an extraction split across machines.
public enum PrettyJSON {
  /// The value as indented JSON, without a final newline (as `JSONEncoder` gives it).
  public static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONTreeEncoder()
    try value.encode(to: encoder)
    var out = JSONBytes()
    out.bytes.reserveCapacity(32 * 1024)
    write(encoder.slot.value, depth: 0, to: &out)
    return out.bytes
  }

  /// `JSONEncoder`'s layout: two spaces a level, `"key" : value`, one item a line, and an empty
  /// array or object as an opening line, an empty line and the closing bracket.
  private static func write(_ value: JSONValue, depth: Int, to out: inout JSONBytes) {
    switch value {
    case .null: out.raw("null")
    case .bool(let b): out.raw(b ? "true" : "false")
    case .int(let i): out.int(i)
    case .string(let s): SafeJSON.writeString(s, to: &out.bytes, safe: false)
    case .deferred(let slot): write(slot.value, depth: depth, to: &out)
    case .array(let array):
      out.raw("[\n")
      var first = true
      for item in array.items {
        if !first { out.raw(",\n") }
        first = false
        indent(depth + 1, &out)
        write(item, depth: depth + 1, to: &out)
      }
      out.byte("\n")
      indent(depth, &out)
      out.byte("]")
    case .object(let object):
      out.raw("{\n")
      var first = true
      for field in object.sortedFields() {
        if !first { out.raw(",\n") }
        first = false
        indent(depth + 1, &out)
        SafeJSON.writeString(field.key, to: &out.bytes, safe: false)
        out.raw(" : ")
        write(field.value, depth: depth + 1, to: &out)
      }
      out.byte("\n")
      indent(depth, &out)
      out.byte("}")
    }
  }

  private static func indent(_ depth: Int, _ out: inout JSONBytes) {
    for _ in 0..<depth { out.raw("  ") }
  }
}
