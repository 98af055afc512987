import Foundation

/// Entries of a keyed container. Keys are looked for from just after the last one found, so
/// reading keys in the order they were written (as `init(from:)` usually does) never searches.
struct BinaryKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: BinaryDecoding
  let slot: BinarySlot
  /// Index of this container's position in `decoder.cursors`.
  let cursor: Int
  let codingPath: [any CodingKey]

  var allKeys: [Key] {
    var keys: [Key] = []
    var r = decoder.reader(slot)
    while r.at < r.end {
      guard let name = try? r.lengthPrefixed(codingPath), (try? r.slot(codingPath)) != nil else {
        break
      }
      let utf8 = UnsafeRawBufferPointer(rebasing: decoder.bytes[name])
      if let s = String(validating: utf8, as: UTF8.self), let key = Key(stringValue: s) {
        keys.append(key)
      }
    }
    return keys
  }

  func contains(_ key: Key) -> Bool { (try? find(key, advance: false)) != nil }

  /// The slot of `key`, nil when absent.
  func find(_ key: Key, advance: Bool) throws -> BinarySlot? {
    var name = key.stringValue
    return try name.withUTF8 { want -> BinarySlot? in
      let from = decoder.cursors[cursor]
      var r = BinaryReader(bytes: decoder.bytes, at: from, end: slot.end)
      var wrapped = false
      while true {
        if r.at >= (wrapped ? from : slot.end) {
          if wrapped || from == slot.start { break }
          wrapped = true
          r.at = slot.start
          continue
        }
        let name = try r.lengthPrefixed(codingPath)
        let value = try r.slot(codingPath)
        if name.count == want.count && Self.equal(decoder.bytes, name.lowerBound, want) {
          if advance { decoder.cursors[cursor] = r.at }
          return value
        }
      }
      return nil
    }
  }

  /// Whether `bytes` hold `want` at `at` (keys are short: a loop beats calling `memcmp`).
  @inline(__always)
  static func equal(_ bytes: UnsafeRawBufferPointer, _ at: Int, _ want: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    for i in 0..<want.count where bytes[at + i] != want[i] { return false }
    return true
  }

  func required(_ key: Key) throws -> BinarySlot {
    guard let slot = try find(key, advance: true) else {
      throw DecodingError.keyNotFound(
        key, DecodingError.Context(codingPath: codingPath, debugDescription: "no such key"))
    }
    return slot
  }

  func value<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
    try decoder.decode(type, in: required(key), key: key)
  }

  func valueIfPresent<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
    guard let slot = try find(key, advance: true), !slot.isNil else { return nil }
    return try decoder.decode(type, in: slot, key: key)
  }

  func decodeNil(forKey key: Key) throws -> Bool { try required(key).isNil }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(type, key) }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    try valueIfPresent(type, key)
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(type, key) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(type, key) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(type, key) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value(type, key) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(type, key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(type, key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(type, key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(type, key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(type, key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(type, key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(type, key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value(type, key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value(type, key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value(type, key) }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
    try valueIfPresent(type, key)
  }
  func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
    try valueIfPresent(type, key)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
    throws -> KeyedDecodingContainer<NestedKey>
  {
    try KeyedDecodingContainer(decoder.keyed(type, required(key), codingPath + [key]))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try decoder.unkeyed(required(key), codingPath + [key])
  }

  func superDecoder() throws -> any Decoder {
    try superDecoder(forKey: Key(stringValue: "super")!)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    let inner = BinaryDecoding(bytes: decoder.bytes)
    inner.slot = try required(key)
    inner.codingPath = codingPath + [key]
    return inner
  }
}

/// The slots of an unkeyed container, read in order.
struct BinaryUnkeyedDecodingContainer: UnkeyedDecodingContainer {
  let decoder: BinaryDecoding
  let slot: BinarySlot
  let codingPath: [any CodingKey]
  var currentIndex = 0
  private var at: Int

  init(decoder: BinaryDecoding, slot: BinarySlot, codingPath: [any CodingKey]) {
    self.decoder = decoder
    self.slot = slot
    self.codingPath = codingPath
    at = slot.start
  }

  var isAtEnd: Bool { at >= slot.end }

  var count: Int? {
    var r = decoder.reader(slot)
    var n = 0
    while r.at < r.end {
      guard (try? r.slot(codingPath)) != nil else { return nil }
      n += 1
    }
    return n
  }

  private mutating func nextSlot(_ type: Any.Type) throws -> BinarySlot {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        type,
        DecodingError.Context(
          codingPath: codingPath + [BinaryIndexKey(intValue: currentIndex)],
          debugDescription: "unkeyed container is at its end"))
    }
    var r = BinaryReader(bytes: decoder.bytes, at: at, end: slot.end)
    let next = try r.slot(codingPath)
    at = r.at
    currentIndex += 1
    return next
  }

  private mutating func next<T: Decodable>(_ type: T.Type) throws -> T {
    let key = BinaryIndexKey(intValue: currentIndex)
    return try decoder.decode(type, in: nextSlot(type), key: key)
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { return false }
    var r = BinaryReader(bytes: decoder.bytes, at: at, end: slot.end)
    guard try r.slot(codingPath).isNil else { return false }
    at = r.at
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) }
  mutating func decode(_ type: String.Type) throws -> String { try next(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try next(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try next(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try next(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    let key = BinaryIndexKey(intValue: currentIndex)
    return try KeyedDecodingContainer(
      decoder.keyed(type, nextSlot([String: Int].self), codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let key = BinaryIndexKey(intValue: currentIndex)
    return try decoder.unkeyed(nextSlot([Int].self), codingPath + [key])
  }

  mutating func superDecoder() throws -> any Decoder {
    let key = BinaryIndexKey(intValue: currentIndex)
    let inner = BinaryDecoding(bytes: decoder.bytes)
    inner.slot = try nextSlot(Any.self)
    inner.codingPath = codingPath + [key]
    return inner
  }
}
