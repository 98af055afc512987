import Foundation

/// JSON that is safe to serve and to embed: keys sorted (stable bytes), and `<`, `>`, `&`,
/// U+2028 and U+2029 written as `\u` escapes, so no text in it can read as markup or end a script.
enum SafeJSON {
  static func encode(_ value: some Encodable) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return Array("null".utf8) }
    var out: [UInt8] = []
    out.reserveCapacity(data.count + 64)
    var i = data.startIndex
    while i < data.endIndex {
      let byte = data[i]
      switch byte {
      case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
      case UInt8(ascii: ">"): out += Array("\\u003e".utf8)
      case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
      case 0xE2
      where i + 2 < data.endIndex && data[i + 1] == 0x80
        && (data[i + 2] == 0xA8 || data[i + 2] == 0xA9):
        out += Array((data[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        i += 2
      default: out.append(byte)
      }
      i += 1
    }
    out.append(UInt8(ascii: "\n"))
    return out
  }
}
