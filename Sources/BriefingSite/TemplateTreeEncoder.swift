import Foundation

/// Turns an `Encodable` view model into the tree a ``TemplateContext`` holds: `[String: Any]`
/// for structs and string-keyed dictionaries, `[Any]` for arrays, strings and integers as
/// ``TemplateValue``, `Bool` and `Double` as they are, and `NSNull` for every absent optional.
///
/// The models' synthesized `encode(to:)` walks each value once, with no reflection: several
/// times faster than `Mirror`, which looks every field up by name in the type's metadata.
enum TemplateTreeEncoder {
  static func tree(_ value: some Encodable) -> Any {
    let encoder = TreeEncoder()
    do { try value.encode(to: encoder) } catch { return NSNull() }
    return encoder.storage.resolved
  }
}

/// Where one encoder's value goes: set once, or filled through a container.
private final class TreeSlot {
  var value: Any = NSNull()

  /// The value, with containers of nested encoders turned into plain dictionaries and arrays.
  var resolved: Any { Self.resolve(value) }

  private static func resolve(_ value: Any) -> Any {
    switch value {
    case let object as ObjectBox:
      return object.nested ? object.fields.mapValues(resolve) : object.fields
    case let array as ArrayBox: return array.nested ? array.items.map(resolve) : array.items
    case let slot as TreeSlot: return slot.resolved
    default: return value
    }
  }
}

/// A struct or dictionary being encoded. `nested` is set when a nested container or super
/// encoder put a box among the fields, which then need resolving.
private final class ObjectBox {
  var fields: [String: Any] = [:]
  var nested = false
}

/// An array being encoded; `nested` as for ``ObjectBox``.
private final class ArrayBox {
  var items: [Any] = []
  var nested = false
}

/// Encodes `value` alone: leaves directly, anything else through its own encoder.
private func treeValue<T: Encodable>(_ value: T) throws -> Any {
  // Type comparisons, not casts: `as` on a generic value is a slow runtime lookup.
  if T.self == String.self { return TemplateValue(unsafeBitCast(value, to: String.self)) }
  if T.self == Int.self { return TemplateValue(unsafeBitCast(value, to: Int.self)) }
  if T.self == Bool.self { return value }
  if T.self == [String: String].self {
    return unsafeBitCast(value, to: [String: String].self).mapValues { TemplateValue($0) as Any }
  }
  let encoder = TreeEncoder()
  try value.encode(to: encoder)
  return encoder.storage.resolved
}

private final class TreeEncoder: Encoder {
  let storage = TreeSlot()
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] = [:]

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let object: ObjectBox
    if let existing = storage.value as? ObjectBox {
      object = existing
    } else {
      object = ObjectBox()
      storage.value = object
    }
    return KeyedEncodingContainer(KeyedTreeContainer<Key>(object: object))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let array: ArrayBox
    if let existing = storage.value as? ArrayBox {
      array = existing
    } else {
      array = ArrayBox()
      storage.value = array
    }
    return UnkeyedTreeContainer(array: array)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleTreeContainer(slot: storage)
  }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let object: ObjectBox
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) throws { object.fields[key.stringValue] = NSNull() }
  mutating func encode(_ value: String, forKey key: Key) throws {
    object.fields[key.stringValue] = TemplateValue(value)
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    object.fields[key.stringValue] = value
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    object.fields[key.stringValue] = TemplateValue(value)
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    object.fields[key.stringValue] = try treeValue(value)
  }
  // Absent optionals are NSNull, not missing, so Mustache lookups stop at this object.
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
    object.fields[key.stringValue] = value.map { TemplateValue($0) as Any } ?? NSNull()
  }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
    object.fields[key.stringValue] = value.map { $0 as Any } ?? NSNull()
  }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
    object.fields[key.stringValue] = value.map { TemplateValue($0) as Any } ?? NSNull()
  }
  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    object.fields[key.stringValue] = try value.map(treeValue) ?? NSNull()
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = ObjectBox()
    object.fields[key.stringValue] = nested
    object.nested = true
    return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(object: nested))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = ArrayBox()
    object.fields[key.stringValue] = nested
    object.nested = true
    return UnkeyedTreeContainer(array: nested)
  }

  mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    superEncoder(named: key.stringValue)
  }

  private func superEncoder(named name: String) -> any Encoder {
    let encoder = TreeEncoder()
    object.fields[name] = encoder.storage
    object.nested = true
    return encoder
  }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
  let array: ArrayBox
  var codingPath: [any CodingKey] { [] }
  var count: Int { array.items.count }

  mutating func encodeNil() throws { array.items.append(NSNull()) }
  mutating func encode(_ value: String) throws { array.items.append(TemplateValue(value)) }
  mutating func encode(_ value: Bool) throws { array.items.append(value) }
  mutating func encode(_ value: Int) throws { array.items.append(TemplateValue(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws { array.items.append(try treeValue(value)) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = ObjectBox()
    array.items.append(nested)
    array.nested = true
    return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(object: nested))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = ArrayBox()
    array.items.append(nested)
    array.nested = true
    return UnkeyedTreeContainer(array: nested)
  }

  mutating func superEncoder() -> any Encoder {
    let encoder = TreeEncoder()
    array.items.append(encoder.storage)
    array.nested = true
    return encoder
  }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
  let slot: TreeSlot
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { slot.value = NSNull() }
  mutating func encode(_ value: String) throws { slot.value = TemplateValue(value) }
  mutating func encode(_ value: Bool) throws { slot.value = value }
  mutating func encode(_ value: Int) throws { slot.value = TemplateValue(value) }
  mutating func encode(_ value: Double) throws { slot.value = value }
  mutating func encode<T: Encodable>(_ value: T) throws { slot.value = try treeValue(value) }
}
