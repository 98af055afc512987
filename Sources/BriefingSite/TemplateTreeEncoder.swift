import Foundation

/// Turns an `Encodable` view model into the tree a ``TemplateContext`` holds: ``TemplateObject``
/// for structs and string-keyed dictionaries, ``TemplateList`` for arrays, strings and integers
/// as ``TemplateValue``, `Bool` and `Double` as they are, and ``TemplateNull`` for every absent
/// optional.
///
/// The models' synthesized `encode(to:)` walks each value once, with no reflection: several
/// times faster than `Mirror`, which looks every field up by name in the type's metadata.
enum TemplateTreeEncoder {
  static func tree(_ value: some Encodable) -> Any {
    let encoder = TreeEncoder()
    do { try value.encode(to: encoder) } catch { return TemplateNull() }
    return encoder.storage.resolved
  }
}

/// Where one encoder's value goes: set once, or filled through a container.
private final class TreeSlot {
  var value: Any = TemplateNull()

  /// The value, with the containers of encoders turned into tree objects and lists.
  var resolved: Any { Self.resolve(value) }

  static func resolve(_ value: Any) -> Any {
    // Exact type checks, not casts: a failed `as` cast of a value type to a class is slow.
    let type = type(of: value)
    if type == ObjectBox.self {
      let object = unsafeDowncast(value as AnyObject, to: ObjectBox.self)
      let values = object.nested ? object.values.map(resolve) : object.values
      return TemplateObject(zip(object.names, values))
    }
    if type == ArrayBox.self {
      let array = unsafeDowncast(value as AnyObject, to: ArrayBox.self)
      return TemplateList(array.nested ? array.items.map(resolve) : array.items)
    }
    if type == TreeSlot.self {
      return unsafeDowncast(value as AnyObject, to: TreeSlot.self).resolved
    }
    return value
  }
}

/// A struct or dictionary being encoded, its fields in encoding order. `nested` is set when a
/// nested container or super encoder put a box among the fields, which then need resolving.
private final class ObjectBox {
  var names: [String] = []
  var values: [Any] = []
  var nested = false

  func set(_ name: String, _ value: Any) {
    names.append(name)
    values.append(value)
  }
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
    return TemplateObject(
      unsafeBitCast(value, to: [String: String].self).lazy.map {
        ($0.key, TemplateValue($0.value) as Any)
      })
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

  mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, TemplateNull()) }
  mutating func encode(_ value: String, forKey key: Key) throws {
    object.set(key.stringValue, TemplateValue(value))
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    object.set(key.stringValue, value)
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    object.set(key.stringValue, TemplateValue(value))
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    object.set(key.stringValue, try treeValue(value))
  }
  // Absent optionals are TemplateNull, not missing, so Mustache lookups stop at this object.
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
    object.set(key.stringValue, value.map { TemplateValue($0) as Any } ?? TemplateNull())
  }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
    object.set(key.stringValue, value.map { $0 as Any } ?? TemplateNull())
  }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
    object.set(key.stringValue, value.map { TemplateValue($0) as Any } ?? TemplateNull())
  }
  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    object.set(key.stringValue, try value.map(treeValue) ?? TemplateNull())
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = ObjectBox()
    object.set(key.stringValue, nested)
    object.nested = true
    return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(object: nested))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = ArrayBox()
    object.set(key.stringValue, nested)
    object.nested = true
    return UnkeyedTreeContainer(array: nested)
  }

  mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    superEncoder(named: key.stringValue)
  }

  private func superEncoder(named name: String) -> any Encoder {
    let encoder = TreeEncoder()
    object.set(name, encoder.storage)
    object.nested = true
    return encoder
  }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
  let array: ArrayBox
  var codingPath: [any CodingKey] { [] }
  var count: Int { array.items.count }

  mutating func encodeNil() throws { array.items.append(TemplateNull()) }
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

  mutating func encodeNil() throws { slot.value = TemplateNull() }
  mutating func encode(_ value: String) throws { slot.value = TemplateValue(value) }
  mutating func encode(_ value: Bool) throws { slot.value = value }
  mutating func encode(_ value: Int) throws { slot.value = TemplateValue(value) }
  mutating func encode(_ value: Double) throws { slot.value = value }
  mutating func encode<T: Encodable>(_ value: T) throws { slot.value = try treeValue(value) }
}
