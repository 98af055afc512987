/// The byte layout shared by `BinaryEncoder` and `BinaryDecoder`.
///
/// Every value is a *slot*: a varint header, 0 for nil and otherwise the length of the content
/// plus one, then the content. Integers are LEB128 varints (signed ones zigzagged first),
/// `Float`/`Double` their little-endian bits, `Bool` one byte, a string its UTF-8. A keyed
/// container is a run of entries (key: varint length and UTF-8 of `stringValue`; value: a slot)
/// in the order they were encoded; an unkeyed container is a run of slots. Since every slot
/// carries its length, a reader finds a key without knowing the types before it.
enum BinaryCodingFormat {
  static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
    var v = value
    while v >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    out.append(UInt8(v))
  }

  static func varintSize(_ value: UInt64) -> Int {
    var v = value
    var n = 1
    while v >= 0x80 {
      v >>= 7
      n += 1
    }
    return n
  }

  static func zigzag(_ v: Int64) -> UInt64 { UInt64(bitPattern: (v << 1) ^ (v >> 63)) }
  static func unzigzag(_ v: UInt64) -> Int64 {
    Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)
  }

  /// Appends a slot holding `content`.
  static func appendSlot(_ content: some Collection<UInt8>, to out: inout [UInt8]) {
    appendVarint(UInt64(content.count) + 1, to: &out)
    out.append(contentsOf: content)
  }

  /// Appends a slot holding a string's UTF-8.
  static func appendSlot(_ string: String, to out: inout [UInt8]) {
    var s = string
    s.withUTF8 { appendSlot($0, to: &out) }
  }

  /// Appends a key: its UTF-8 length, then its UTF-8.
  static func appendKey(_ key: some CodingKey, to out: inout [UInt8]) {
    var s = key.stringValue
    s.withUTF8 {
      appendVarint(UInt64($0.count), to: &out)
      out.append(contentsOf: $0)
    }
  }
}

/// Where one value lies in the bytes being decoded; `isNil` for a nil slot.
struct BinarySlot {
  var start: Int
  var end: Int
  var isNil: Bool
}

/// Bounds-checked reading of the layout's parts from raw bytes; every overrun throws.
struct BinaryReader {
  let bytes: UnsafeRawBufferPointer
  var at: Int
  /// Reading never goes past this index.
  let end: Int

  func corrupt(_ path: @autoclosure () -> [any CodingKey], _ what: String) -> DecodingError {
    DecodingError.dataCorrupted(
      DecodingError.Context(codingPath: path(), debugDescription: "corrupt binary data: \(what)"))
  }

  @inline(__always)
  mutating func varint(_ path: @autoclosure () -> [any CodingKey]) throws -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard at < end, shift < 64 else { throw corrupt(path(), "bad varint at \(at)") }
      let b = bytes[at]
      at += 1
      result |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return result }
      shift += 7
    }
  }

  /// Reads a length followed by that many bytes; returns their range.
  @inline(__always)
  mutating func lengthPrefixed(_ path: @autoclosure () -> [any CodingKey]) throws -> Range<Int> {
    let n = try varint(path())
    guard n <= UInt64(end - at) else { throw corrupt(path(), "length past the end at \(at)") }
    let start = at
    at += Int(n)
    return start..<at
  }

  @inline(__always)
  mutating func slot(_ path: @autoclosure () -> [any CodingKey]) throws -> BinarySlot {
    let h = try varint(path())
    if h == 0 { return BinarySlot(start: at, end: at, isNil: true) }
    guard h - 1 <= UInt64(end - at) else { throw corrupt(path(), "slot past the end at \(at)") }
    let start = at
    at += Int(h - 1)
    return BinarySlot(start: start, end: at, isNil: false)
  }
}
