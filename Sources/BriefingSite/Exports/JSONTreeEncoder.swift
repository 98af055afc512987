/// A JSON value as ``SafeJSON`` writes it; objects and arrays are boxes so containers can fill
/// them in place.
enum JSONValue {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array(JSONArrayBox)
  case object(JSONObjectBox)
  /// What a super encoder was given, known only after it is handed out.
  case deferred(JSONSlot)
}

final class JSONArrayBox {
  var items: [JSONValue] = []
}

final class JSONObjectBox {
  var fields: [(key: String, value: JSONValue)] = []

  /// Fields in `JSONEncoder`'s `.sortedKeys` order; a key written twice keeps its last value.
  func sortedFields() -> [(key: String, value: JSONValue)] {
    // Indices sorted by key, then by position, so the last of equal keys comes last: no
    // dictionary built per object.
    let order = fields.indices.sorted { a, b in
      let ka = fields[a].key
      let kb = fields[b].key
      return ka == kb ? a < b : ka.utf8.lexicographicallyPrecedes(kb.utf8)
    }
    var sorted: [(key: String, value: JSONValue)] = []
    sorted.reserveCapacity(fields.count)
    for i in order {
      if let last = sorted.last, last.key == fields[i].key {
        sorted[sorted.count - 1] = fields[i]
      } else {
        sorted.append(fields[i])
      }
    }
    return sorted
  }
}

/// Where one encoder's value goes.
final class JSONSlot {
  var value: JSONValue = .null
}

/// An `Encoder` that builds a ``JSONValue`` with `JSONEncoder`'s rules: absent optionals
/// written with `encodeIfPresent` are left out, `nil` written as a value is `null`.
final class JSONTreeEncoder: Encoder {
  let slot = JSONSlot()
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] = [:]

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object(let box) = slot.value {
      return KeyedEncodingContainer(JSONKeyedContainer<Key>(box: box))
    }
    let box = JSONObjectBox()
    slot.value = .object(box)
    return KeyedEncodingContainer(JSONKeyedContainer<Key>(box: box))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array(let box) = slot.value { return JSONUnkeyedContainer(box: box) }
    let box = JSONArrayBox()
    slot.value = .array(box)
    return JSONUnkeyedContainer(box: box)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    JSONSingleContainer(slot: slot)
  }

  /// `value` as a ``JSONValue``: leaves directly, anything else through its own encoder.
  static func value<T: Encodable>(_ value: T) throws -> JSONValue {
    // Type comparisons, not casts: `as` on a generic value is a slow runtime lookup.
    if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
    if T.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
    if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
    let encoder = JSONTreeEncoder()
    try value.encode(to: encoder)
    return encoder.slot.value
  }
}

private struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: JSONObjectBox
  var codingPath: [any CodingKey] { [] }

  private func set(_ key: Key, _ value: JSONValue) {
    box.fields.append((key.stringValue, value))
  }

  mutating func encodeNil(forKey key: Key) throws { set(key, .null) }
  mutating func encode(_ value: String, forKey key: Key) throws { set(key, .string(value)) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { set(key, .bool(value)) }
  mutating func encode(_ value: Int, forKey key: Key) throws { set(key, .int(value)) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    set(key, try JSONTreeEncoder.value(value))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = JSONObjectBox()
    set(key, .object(nested))
    return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = JSONArrayBox()
    set(key, .array(nested))
    return JSONUnkeyedContainer(box: nested)
  }

  mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    superEncoder(named: key.stringValue)
  }

  private func superEncoder(named name: String) -> any Encoder {
    let encoder = JSONTreeEncoder()
    box.fields.append((name, .deferred(encoder.slot)))
    return encoder
  }
}

private struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
  let box: JSONArrayBox
  var codingPath: [any CodingKey] { [] }
  var count: Int { box.items.count }

  mutating func encodeNil() throws { box.items.append(.null) }
  mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
  mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
  mutating func encode(_ value: Int) throws { box.items.append(.int(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    box.items.append(try JSONTreeEncoder.value(value))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = JSONObjectBox()
    box.items.append(.object(nested))
    return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = JSONArrayBox()
    box.items.append(.array(nested))
    return JSONUnkeyedContainer(box: nested)
  }

  mutating func superEncoder() -> any Encoder {
    let encoder = JSONTreeEncoder()
    box.items.append(.deferred(encoder.slot))
    return encoder
  }
}

private struct JSONSingleContainer: SingleValueEncodingContainer {
  let slot: JSONSlot
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { slot.value = .null }
  mutating func encode(_ value: String) throws { slot.value = .string(value) }
  mutating func encode(_ value: Bool) throws { slot.value = .bool(value) }
  mutating func encode(_ value: Int) throws { slot.value = .int(value) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    slot.value = try JSONTreeEncoder.value(value)
  }
}
