/// Encodes any `Encodable` value into a compact binary form (`BinaryCodingFormat`), for caches:
/// `BinaryDecoder` reads it back many times faster than `JSONDecoder` reads JSON.
///
/// Not a stable interchange format: keep a format version beside the bytes. Keys are written in
/// the order a type encodes them, so a struct's bytes are deterministic; a `Dictionary`'s are in
/// its iteration order, which can differ from one process to the next.
public struct BinaryEncoder: Sendable {
  public init() {}

  public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let root = BinaryEncoding()
    try root.encodeContent(value)
    var out: [UInt8] = []
    out.reserveCapacity(root.slotSize)
    root.writeSlot(to: &out)
    return out
  }
}

/// One value being encoded: its own bytes, plus values nested in it that are written into
/// those bytes (at their offsets) when the whole is finished, since a nested container may
/// still be filled after a later sibling.
final class BinaryEncoding: Encoder {
  /// The value this one is nested in, and under which key: the coding path, made when asked.
  /// Unowned: the parent holds its children (``children``), and a strong reference back made
  /// every encoded tree a cycle that was never freed (150 KB an article in a build from
  /// `--briefings`, which encodes each briefing to hash it: 1.4 GB at 10,000 articles).
  private unowned let parent: BinaryEncoding?
  private let key: (any CodingKey)?
  var codingPath: [any CodingKey] {
    guard let parent, let key else { return [] }
    return parent.codingPath + [key]
  }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  @exclusivity(unchecked) var bytes: [UInt8] = []
  @exclusivity(unchecked) var children: [(at: Int, value: BinaryEncoding)] = []
  @exclusivity(unchecked) var isNil = false

  init(parent: BinaryEncoding? = nil, key: (any CodingKey)? = nil) {
    self.parent = parent
    self.key = key
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(BinaryKeyedEncodingContainer<Key>(encoding: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    BinaryUnkeyedEncodingContainer(encoding: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    BinarySingleValueEncodingContainer(encoding: self)
  }

  /// A value nested at the current end of the bytes.
  func child(_ key: any CodingKey) -> BinaryEncoding {
    let c = BinaryEncoding(parent: self, key: key)
    children.append((bytes.count, c))
    return c
  }

  /// Writes `value` as this value's content (its own container, or a primitive).
  func encodeContent<T: Encodable>(_ value: T) throws {
    if appendPrimitive(value, slotted: false) { return }
    try value.encode(to: self)
  }

  /// Appends `value` as a slot of this value's content.
  func appendSlot<T: Encodable>(_ value: T, key: any CodingKey) throws {
    if appendPrimitive(value, slotted: true) { return }
    try value.encode(to: child(key))
  }

  /// Appends a primitive (as a slot when `slotted`); false when `T` is not one. Metatypes are
  /// compared as pointers: an `as?` cast per value costs more than writing it.
  func appendPrimitive<T: Encodable>(_ value: T, slotted: Bool) -> Bool {
    let t: Any.Type = T.self
    if t == String.self {
      append(string: unsafeBitCast(value, to: String.self), slotted: slotted)
    } else if t == Int.self {
      append(signed: Int64(unsafeBitCast(value, to: Int.self)), slotted: slotted)
    } else if t == String?.self {
      if let s = unsafeBitCast(value, to: String?.self) {
        append(string: s, slotted: slotted)
      } else {
        appendNil(slotted: slotted)
      }
    } else if t == Bool.self {
      append(CollectionOfOne(unsafeBitCast(value, to: Bool.self) ? 1 : 0), slotted: slotted)
    } else if t == Double.self {
      append(littleEndian: unsafeBitCast(value, to: Double.self).bitPattern, slotted: slotted)
    } else if t == Float.self {
      append(littleEndian: unsafeBitCast(value, to: Float.self).bitPattern, slotted: slotted)
    } else if t == Int64.self {
      append(signed: unsafeBitCast(value, to: Int64.self), slotted: slotted)
    } else if t == Int32.self {
      append(signed: Int64(unsafeBitCast(value, to: Int32.self)), slotted: slotted)
    } else if t == Int16.self {
      append(signed: Int64(unsafeBitCast(value, to: Int16.self)), slotted: slotted)
    } else if t == Int8.self {
      append(signed: Int64(unsafeBitCast(value, to: Int8.self)), slotted: slotted)
    } else if t == UInt.self {
      append(unsigned: UInt64(unsafeBitCast(value, to: UInt.self)), slotted: slotted)
    } else if t == UInt64.self {
      append(unsigned: unsafeBitCast(value, to: UInt64.self), slotted: slotted)
    } else if t == UInt32.self {
      append(unsigned: UInt64(unsafeBitCast(value, to: UInt32.self)), slotted: slotted)
    } else if t == UInt16.self {
      append(unsigned: UInt64(unsafeBitCast(value, to: UInt16.self)), slotted: slotted)
    } else if t == UInt8.self {
      append(unsigned: UInt64(unsafeBitCast(value, to: UInt8.self)), slotted: slotted)
    } else {
      return false
    }
    return true
  }

  func append(string: String, slotted: Bool) {
    var s = string
    s.withUTF8 { append($0, slotted: slotted) }
  }

  func append(_ content: some Collection<UInt8>, slotted: Bool) {
    if slotted {
      BinaryCodingFormat.appendSlot(content, to: &bytes)
    } else {
      bytes.append(contentsOf: content)
    }
  }

  func append(unsigned v: UInt64, slotted: Bool) {
    if slotted {
      BinaryCodingFormat.appendVarint(UInt64(BinaryCodingFormat.varintSize(v)) + 1, to: &bytes)
    }
    BinaryCodingFormat.appendVarint(v, to: &bytes)
  }

  func append(signed v: Int64, slotted: Bool) {
    append(unsigned: BinaryCodingFormat.zigzag(v), slotted: slotted)
  }

  func append<I: FixedWidthInteger>(littleEndian v: I, slotted: Bool) {
    withUnsafeBytes(of: v.littleEndian) { append($0, slotted: slotted) }
  }

  func appendNil(slotted: Bool) {
    if slotted { bytes.append(0) } else { isNil = true }
  }

  /// The length of this value's content, nested values included.
  var contentSize: Int { children.reduce(bytes.count) { $0 + $1.value.slotSize } }

  var slotSize: Int {
    if isNil && bytes.isEmpty && children.isEmpty { return 1 }
    let n = contentSize
    return BinaryCodingFormat.varintSize(UInt64(n) + 1) + n
  }

  func writeSlot(to out: inout [UInt8]) {
    if isNil && bytes.isEmpty && children.isEmpty {
      out.append(0)
      return
    }
    BinaryCodingFormat.appendVarint(UInt64(contentSize) + 1, to: &out)
    var from = 0
    for (at, child) in children {
      out.append(contentsOf: bytes[from..<at])
      child.writeSlot(to: &out)
      from = at
    }
    out.append(contentsOf: bytes[from...])
  }
}

/// Entries of a keyed container: key, then slot.
struct BinaryKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoding: BinaryEncoding
  var codingPath: [any CodingKey] { encoding.codingPath }

  private func key(_ key: Key) { BinaryCodingFormat.appendKey(key, to: &encoding.bytes) }

  mutating func encodeNil(forKey key: Key) throws {
    self.key(key)
    encoding.appendNil(slotted: true)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: String, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(value, key) }

  private func put<T: Encodable>(_ value: T, _ key: Key) throws {
    self.key(key)
    try encoding.appendSlot(value, key: key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    self.key(key)
    return encoding.child(key).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    self.key(key)
    return encoding.child(key).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    self.key(key)
    return encoding.child(key)
  }
}

/// Slots, one after the other.
struct BinaryUnkeyedEncodingContainer: UnkeyedEncodingContainer {
  let encoding: BinaryEncoding
  var codingPath: [any CodingKey] { encoding.codingPath }
  var count = 0

  init(encoding: BinaryEncoding) {
    self.encoding = encoding
  }

  private mutating func nextKey() -> any CodingKey {
    defer { count += 1 }
    return BinaryIndexKey(intValue: count)
  }

  mutating func encodeNil() throws {
    count += 1
    encoding.appendNil(slotted: true)
  }

  mutating func encode<T: Encodable>(_ value: T) throws { try put(value) }
  mutating func encode(_ value: Bool) throws { try put(value) }
  mutating func encode(_ value: String) throws { try put(value) }
  mutating func encode(_ value: Double) throws { try put(value) }
  mutating func encode(_ value: Float) throws { try put(value) }
  mutating func encode(_ value: Int) throws { try put(value) }
  mutating func encode(_ value: Int8) throws { try put(value) }
  mutating func encode(_ value: Int16) throws { try put(value) }
  mutating func encode(_ value: Int32) throws { try put(value) }
  mutating func encode(_ value: Int64) throws { try put(value) }
  mutating func encode(_ value: UInt) throws { try put(value) }
  mutating func encode(_ value: UInt8) throws { try put(value) }
  mutating func encode(_ value: UInt16) throws { try put(value) }
  mutating func encode(_ value: UInt32) throws { try put(value) }
  mutating func encode(_ value: UInt64) throws { try put(value) }

  private mutating func put<T: Encodable>(_ value: T) throws {
    try encoding.appendSlot(value, key: nextKey())
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    encoding.child(nextKey()).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    encoding.child(nextKey()).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { encoding.child(nextKey()) }
}

/// The value itself: a primitive's bytes, or nil.
struct BinarySingleValueEncodingContainer: SingleValueEncodingContainer {
  let encoding: BinaryEncoding
  var codingPath: [any CodingKey] { encoding.codingPath }

  mutating func encodeNil() throws { encoding.appendNil(slotted: false) }

  mutating func encode<T: Encodable>(_ value: T) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: Bool) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: String) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: Double) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: Float) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: Int) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: Int8) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: Int16) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: Int32) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: Int64) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: UInt) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: UInt8) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: UInt16) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: UInt32) throws { try encoding.encodeContent(value) }
  mutating func encode(_ value: UInt64) throws { try encoding.encodeContent(value) }
}

/// The key of an element of an unkeyed container, for coding paths.
struct BinaryIndexKey: CodingKey {
  var intValue: Int?
  var stringValue: String { intValue.map { "Index \($0)" } ?? "" }
  init(intValue: Int) { self.intValue = intValue }
  init?(stringValue: String) { nil }
}
