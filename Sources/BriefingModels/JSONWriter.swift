/// JSON written straight into bytes, in the layout of Foundation's `JSONEncoder` with
/// `.sortedKeys` and `.withoutEscapingSlashes` (compact), or with `.prettyPrinted` too; the
/// caller writes each object's keys in sorted order. For the JSON contract, which every
/// extraction writes: `JSONEncoder`, or any `Encoder`'s tree, was a fifth of `briefing extract`.
///
/// With `safe`, `<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes, so that no text
/// in the JSON can read as markup or end a script (the site's files); without, as they are.
public struct JSONWriter {
  public private(set) var bytes: [UInt8] = []
  public let pretty: Bool
  public let safe: Bool
  private var depth = 0
  /// No item written yet in the innermost open array or object.
  private var empty = true
  /// A key was just written: the next value is its, not a new item.
  private var afterKey = false

  public init(pretty: Bool = false, safe: Bool = true, capacity: Int = 0) {
    self.pretty = pretty
    self.safe = safe
    bytes.reserveCapacity(capacity)
  }

  public mutating func beginObject() { open(UInt8(ascii: "{")) }
  public mutating func endObject() { close(UInt8(ascii: "}")) }
  public mutating func beginArray() { open(UInt8(ascii: "[")) }
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// A key of the open object; keys known to need no escape.
  public mutating func key(_ name: StaticString) {
    item()
    bytes.append(UInt8(ascii: "\""))
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    if pretty { bytes += [0x20, UInt8(ascii: ":"), 0x20] } else { bytes.append(UInt8(ascii: ":")) }
    afterKey = true
  }

  public mutating func string(_ text: String) {
    item()
    Self.writeString(text, to: &bytes, safe: safe)
  }

  public mutating func int(_ value: Int) {
    item()
    Self.writeInt(value, to: &bytes)
  }

  /// A key and its text, or nothing when there is none (an optional the contract leaves out).
  public mutating func field(_ name: StaticString, _ text: String?) {
    guard let text else { return }
    key(name)
    string(text)
  }

  public mutating func null() {
    item()
    bytes += Array("null".utf8)
  }

  public mutating func strings(_ list: [String]) {
    beginArray()
    for s in list { string(s) }
    endArray()
  }

  /// The separator and indentation before a value: none after a key, a comma after an item.
  private mutating func item() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    if !empty { bytes.append(UInt8(ascii: ",")) }
    empty = false
    if pretty { newline(depth) }
  }

  private mutating func open(_ bracket: UInt8) {
    item()
    bytes.append(bracket)
    depth += 1
    empty = true
  }

  /// `JSONEncoder`'s pretty layout closes an empty container on the line after next.
  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if pretty {
      if empty { bytes.append(UInt8(ascii: "\n")) }
      newline(depth)
    }
    bytes.append(bracket)
    empty = false
  }

  private mutating func newline(_ level: Int) {
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<level { bytes += [0x20, 0x20] }
  }

  /// A decimal integer, as `String(i)` prints it; digit by digit (most are positions below
  /// 100), not through a `String` for each.
  public static func writeInt(_ value: Int, to bytes: inout [UInt8]) {
    guard value >= 0 else {
      bytes += String(value).utf8
      return
    }
    var divisor = 1
    while divisor <= value / 10 { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Writes `text` quoted, as `JSONEncoder` escapes it (and, with `safe`, markup too), copying
  /// runs that need no escape whole rather than byte by byte.
  public static func writeString(_ text: String, to out: inout [UInt8], safe: Bool) {
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
