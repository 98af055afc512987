// The pieces of the caches' hand-written record forms (`StoredEntryCoding`,
// `BriefingCoding`, `FactsCoding`, `ArticleCoding`): a number as a zigzagged LEB128 varint, a string as its UTF-8 length and
// bytes, a list as its count and items, an optional as a 0 or 1 and its value. A record ends
// with a checksum of the rest (`StableHash`, 8 bytes), so damage that keeps every length
// consistent reads as nothing rather than as another value. Inlinable: the records are read
// value by value in other modules, and a call per byte read was what the hand-written forms
// are there to avoid.

/// Appends values to `out`.
@frozen public struct CompactWriter {
  public var out: [UInt8] = []

  @inlinable public init() {}

  @inlinable public mutating func varint(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    out.append(UInt8(v))
  }

  /// Zigzagged, so a negative number is as short as its magnitude.
  @inlinable public mutating func int(_ value: Int) {
    let v = Int64(value)
    varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
  }

  @inlinable public mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { utf8 in
      varint(UInt64(utf8.count))
      out.append(contentsOf: utf8)
    }
  }

  @inlinable public mutating func strings(_ list: [String]) {
    int(list.count)
    for s in list { string(s) }
  }

  /// The bytes written, with their checksum after them.
  @inlinable public var sealed: [UInt8] {
    var out = self.out
    let sum = out.withUnsafeBytes { raw -> UInt64 in
      var h = StableHash()
      h.add(raw)
      return h.value
    }
    withUnsafeBytes(of: sum.littleEndian) { out.append(contentsOf: $0) }
    return out
  }

  @inlinable public mutating func optional(_ s: String?) {
    if let s {
      out.append(1)
      string(s)
    } else {
      out.append(0)
    }
  }
}

/// Reads what ``CompactWriter`` wrote, from a sealed record whose checksum holds; every read
/// gives nil past the end. Strings are taken as the UTF-8 they were written as.
@frozen public struct CompactReader {
  public let bytes: UnsafeRawBufferPointer
  public var at = 0

  /// A reader of a sealed record's content, if its checksum holds.
  @inlinable public init?(sealed raw: UnsafeRawBufferPointer) {
    guard raw.count >= 8 else { return nil }
    let content = UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 8)])
    var h = StableHash()
    h.add(content)
    let sum = UInt64(
      littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self))
    guard h.value == sum else { return nil }
    bytes = content
  }

  /// A reader of bytes already checked (a part of a sealed record that was read once).
  @inlinable public init(checked raw: UnsafeRawBufferPointer) {
    bytes = raw
  }

  /// Steps over a string without making it; false past the end.
  @inlinable public mutating func skipString() -> Bool {
    guard let v = varint(), v <= UInt64(bytes.count - at) else { return false }
    at += Int(v)
    return true
  }

  /// Steps over a list of strings without making them; false past the end.
  @inlinable public mutating func skipStrings() -> Bool {
    guard let n = count() else { return false }
    for _ in 0..<n where !skipString() { return false }
    return true
  }

  /// Steps over an optional string; false for bad bytes.
  @inlinable public mutating func skipOptional() -> Bool {
    guard at < bytes.count else { return false }
    let flag = bytes[at]
    at += 1
    switch flag {
    case 0: return true
    case 1: return skipString()
    default: return false
    }
  }

  /// Whether every byte has been read.
  @inlinable public var isAtEnd: Bool { at == bytes.count }

  @inlinable public mutating func varint() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while at < bytes.count, shift < 64 {
      let b = bytes[at]
      at += 1
      value |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  @inlinable public mutating func int() -> Int? {
    guard let v = varint() else { return nil }
    return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
  }

  /// A count of things that follow, each at least one byte long.
  @inlinable public mutating func count() -> Int? {
    guard let n = int(), n >= 0, n <= bytes.count - at else { return nil }
    return n
  }

  @inlinable public mutating func string() -> String? {
    guard let v = varint(), v <= UInt64(bytes.count - at) else { return nil }
    let n = Int(v)
    let utf8 = UnsafeRawBufferPointer(rebasing: bytes[at..<at + n])
      .assumingMemoryBound(to: UInt8.self)
    // `String(decoding:)`: the bytes passed the checksum, so they are the UTF-8 of a String
    // this coding wrote, which it reads back as is; `String(validating:)` went a slow generic
    // way (a thousand instructions a string, most of decoding a cached briefing).
    let s = String(decoding: utf8, as: UTF8.self)
    at += n
    return s
  }

  @inlinable public mutating func strings() -> [String]? {
    guard let n = count() else { return nil }
    var list: [String] = []
    list.reserveCapacity(n)
    for _ in 0..<n {
      guard let s = string() else { return nil }
      list.append(s)
    }
    return list
  }

  /// An optional string: `.some(nil)` for an absent one, nil for bad bytes.
  @inlinable public mutating func optional() -> String?? {
    guard at < bytes.count else { return nil }
    let flag = bytes[at]
    at += 1
    switch flag {
    case 0: return .some(nil)
    case 1: return string().map { .some($0) }
    default: return nil
    }
  }
}
