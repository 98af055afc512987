import Foundation

/// Decodes what `BinaryEncoder` wrote (layout: `BinaryCodingFormat`).
///
/// Every length is checked against the bytes, and a primitive must fill its slot exactly, so
/// truncated or damaged bytes throw `DecodingError.dataCorrupted` instead of giving a value
/// (damage that keeps every length consistent can still decode: keep a checksum where it
/// matters). Strings must be valid UTF-8.
public struct BinaryDecoder: Sendable {
  public init() {}

  public func decode<T: Decodable>(_ type: T.Type, from bytes: some ContiguousBytes) throws -> T {
    try bytes.withUnsafeBytes { raw in
      var reader = BinaryReader(bytes: raw, at: 0, end: raw.count)
      let root = try reader.slot([])
      guard reader.at == raw.count else { throw reader.corrupt([], "bytes after the value") }
      return try BinaryDecoding(bytes: raw).decode(type, in: root, key: nil)
    }
  }
}

/// The decoder handed to `init(from:)`: the bytes, the value being decoded and its coding path.
/// Valid only during `BinaryDecoder.decode`, like the bytes it reads.
final class BinaryDecoding: Decoder {
  let bytes: UnsafeRawBufferPointer
  @exclusivity(unchecked) var slot = BinarySlot(start: 0, end: 0, isNil: true)
  @exclusivity(unchecked) var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  /// Where each keyed container expects its next key (containers keep an index in here).
  @exclusivity(unchecked) var cursors: [Int] = []

  init(bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    try KeyedDecodingContainer(keyed(type, slot, codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try unkeyed(slot, codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    BinarySingleValueDecodingContainer(decoder: self)
  }

  func keyed<Key: CodingKey>(_ type: Key.Type, _ slot: BinarySlot, _ path: [any CodingKey])
    throws -> BinaryKeyedDecodingContainer<Key>
  {
    guard !slot.isNil else { throw missing([String: Int].self, path) }
    cursors.append(slot.start)
    return BinaryKeyedDecodingContainer(
      decoder: self, slot: slot, cursor: cursors.count - 1, codingPath: path)
  }

  func unkeyed(_ slot: BinarySlot, _ path: [any CodingKey]) throws
    -> BinaryUnkeyedDecodingContainer
  {
    guard !slot.isNil else { throw missing([Int].self, path) }
    return BinaryUnkeyedDecodingContainer(decoder: self, slot: slot, codingPath: path)
  }

  func missing(_ type: Any.Type, _ path: [any CodingKey]) -> DecodingError {
    DecodingError.valueNotFound(
      type, DecodingError.Context(codingPath: path, debugDescription: "found nil"))
  }

  /// Decodes a `T` from `slot`, which is nested under `key` (nil: the current value itself).
  func decode<T: Decodable>(_ type: T.Type, in slot: BinarySlot, key: (any CodingKey)?) throws
    -> T
  {
    // The primitives the models use most, read without going through `init(from:)`.
    if T.self == String.self { return unsafeBitCast(try string(slot, key), to: T.self) }
    if T.self == Int.self { return unsafeBitCast(try integer(Int.self, slot, key), to: T.self) }
    if T.self == Bool.self { return unsafeBitCast(try bool(slot, key), to: T.self) }
    return try decodeOther(type, in: slot, key: key)
  }

  private func decodeOther<T: Decodable>(
    _ type: T.Type, in slot: BinarySlot, key: (any CodingKey)?
  ) throws -> T {
    // Metatype comparisons are pointer comparisons; `is X.Type` would be a dynamic cast each.
    let t: Any.Type = T.self
    if t == Double.self {
      return unsafeBitCast(Double(bitPattern: try bits(slot, key)), to: T.self)
    }
    if t == Float.self { return unsafeBitCast(Float(bitPattern: try bits(slot, key)), to: T.self) }
    if t == Int64.self { return unsafeBitCast(try integer(Int64.self, slot, key), to: T.self) }
    if t == Int32.self { return unsafeBitCast(try integer(Int32.self, slot, key), to: T.self) }
    if t == Int16.self { return unsafeBitCast(try integer(Int16.self, slot, key), to: T.self) }
    if t == Int8.self { return unsafeBitCast(try integer(Int8.self, slot, key), to: T.self) }
    if t == UInt.self { return unsafeBitCast(try integer(UInt.self, slot, key), to: T.self) }
    if t == UInt64.self { return unsafeBitCast(try integer(UInt64.self, slot, key), to: T.self) }
    if t == UInt32.self { return unsafeBitCast(try integer(UInt32.self, slot, key), to: T.self) }
    if t == UInt16.self { return unsafeBitCast(try integer(UInt16.self, slot, key), to: T.self) }
    if t == UInt8.self { return unsafeBitCast(try integer(UInt8.self, slot, key), to: T.self) }
    if t == [String].self { return unsafeBitCast(try strings(slot, key), to: T.self) }
    let saved = self.slot
    self.slot = slot
    if let key { codingPath.append(key) }
    defer {
      self.slot = saved
      if key != nil { codingPath.removeLast() }
    }
    return try T(from: self)
  }

  func path(_ key: (any CodingKey)?) -> [any CodingKey] {
    key.map { codingPath + [$0] } ?? codingPath
  }

  func string(_ slot: BinarySlot, _ key: (any CodingKey)?) throws -> String {
    guard !slot.isNil else { throw missing(String.self, path(key)) }
    let count = slot.end - slot.start
    if count == 0 { return "" }
    let utf8 = UnsafeBufferPointer(
      start: (bytes.baseAddress! + slot.start).assumingMemoryBound(to: UInt8.self), count: count)
    // Decoding repairs invalid UTF-8 (and then differs from the bytes); this is much faster than
    // `String(validating:)`, which is not specialized for UTF-8.
    var s = String(decoding: utf8, as: UTF8.self)
    let same = s.withUTF8 {
      $0.count == count && memcmp($0.baseAddress!, utf8.baseAddress!, count) == 0
    }
    guard same else {
      throw reader(slot).corrupt(path(key), "invalid UTF-8")
    }
    return s
  }

  /// An array of strings, read without an unkeyed container (the models have many).
  func strings(_ slot: BinarySlot, _ key: (any CodingKey)?) throws -> [String] {
    guard !slot.isNil else { throw missing([String].self, path(key)) }
    var count = 0
    var r = reader(slot)
    while r.at < r.end {
      _ = try r.slot(path(key))
      count += 1
    }
    var result: [String] = []
    result.reserveCapacity(count)
    r = reader(slot)
    while r.at < r.end {
      let element = try r.slot(path(key))
      result.append(try string(element, BinaryIndexKey(intValue: result.count)))
    }
    return result
  }

  func integer<I: FixedWidthInteger>(_ type: I.Type, _ slot: BinarySlot, _ key: (any CodingKey)?)
    throws -> I
  {
    guard !slot.isNil else { throw missing(type, path(key)) }
    var r = reader(slot)
    let raw = try r.varint(path(key))
    let value: I?
    if I.isSigned {
      value = I(exactly: BinaryCodingFormat.unzigzag(raw))
    } else {
      value = I(exactly: raw)
    }
    guard r.at == slot.end, let value else {
      throw r.corrupt(path(key), "not a \(I.self)")
    }
    return value
  }

  func bool(_ slot: BinarySlot, _ key: (any CodingKey)?) throws -> Bool {
    guard !slot.isNil else { throw missing(Bool.self, path(key)) }
    guard slot.end - slot.start == 1, bytes[slot.start] <= 1 else {
      throw reader(slot).corrupt(path(key), "not a Bool")
    }
    return bytes[slot.start] == 1
  }

  func bits<I: FixedWidthInteger & UnsignedInteger>(_ slot: BinarySlot, _ key: (any CodingKey)?)
    throws -> I
  {
    guard !slot.isNil else { throw missing(I.self, path(key)) }
    guard slot.end - slot.start == MemoryLayout<I>.size else {
      throw reader(slot).corrupt(path(key), "not a floating-point number")
    }
    return I(littleEndian: bytes.loadUnaligned(fromByteOffset: slot.start, as: I.self))
  }

  func reader(_ slot: BinarySlot) -> BinaryReader {
    BinaryReader(bytes: bytes, at: slot.start, end: slot.end)
  }
}

/// A single value: the decoder's current slot. Only the decoder is kept, so that the container
/// fits an existential's inline buffer (no allocation per enum value): `init(from:)` uses its
/// container while the decoder stands on its value.
struct BinarySingleValueDecodingContainer: SingleValueDecodingContainer {
  let decoder: BinaryDecoding
  var codingPath: [any CodingKey] { decoder.codingPath }

  func decodeNil() -> Bool { decoder.slot.isNil }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }

  func decode(_ type: Bool.Type) throws -> Bool {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: String.Type) throws -> String {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: Double.Type) throws -> Double {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: Float.Type) throws -> Float {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: Int.Type) throws -> Int {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: Int8.Type) throws -> Int8 {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: Int16.Type) throws -> Int16 {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: Int32.Type) throws -> Int32 {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: Int64.Type) throws -> Int64 {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: UInt.Type) throws -> UInt {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: UInt8.Type) throws -> UInt8 {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: UInt16.Type) throws -> UInt16 {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: UInt32.Type) throws -> UInt32 {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
  func decode(_ type: UInt64.Type) throws -> UInt64 {
    try decoder.decode(type, in: decoder.slot, key: nil)
  }
}
