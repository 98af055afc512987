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
    return encoder.resolved
  }

  /// `value` with the boxes of nested containers and super encoders in it resolved.
  fileprivate static func resolve(_ value: Any) -> Any {
    // Exact type checks first: a failed `as` cast of a value type to a class is slow.
    let type = type(of: value)
    if type == ObjectBox.self { return (value as! ObjectBox).resolved }
    if type == ArrayBox.self { return (value as! ArrayBox).resolved }
    if type == TreeEncoder.self { return (value as! TreeEncoder).resolved }
    return value
  }
}

/// A struct or dictionary being encoded, its fields in encoding order. `nested` is set when a
/// nested container or super encoder put a box among the fields, which then need resolving.
private final class ObjectBox {
  var names: [String] = []
  var values: [Any] = []
  var nested = false

  init() {
    // View models have a dozen fields or fewer: one allocation each instead of regrowing.
    names.reserveCapacity(16)
    values.reserveCapacity(16)
  }

  func set(_ name: String, _ value: Any) {
    names.append(name)
    values.append(value)
  }

  var resolved: TemplateObject {
    TemplateObject(
      names: names, values: nested ? values.map(TemplateTreeEncoder.resolve) : values)
  }
}

/// An array being encoded; `nested` as for ``ObjectBox``.
private final class ArrayBox {
  var items: [Any] = []
  var nested = false

  var resolved: TemplateList {
    TemplateList(nested ? items.map(TemplateTreeEncoder.resolve) : items)
  }
}

/// Encodes `value` alone: leaves directly, anything else through its own encoder.
private func treeValue<T: Encodable>(_ value: T) throws -> Any {
  // Type comparisons, not casts: `as` on a generic value is a slow runtime lookup.
  if T.self == String.self { return TemplateValue(unsafeBitCast(value, to: String.self)) }
  if T.self == Int.self { return TemplateValue(unsafeBitCast(value, to: Int.self)) }
  if T.self == Bool.self { return value }
  if T.self == [String: String].self {
    let dictionary = unsafeBitCast(value, to: [String: String].self)
    return TemplateObject(
      names: Array(dictionary.keys), values: dictionary.values.map { TemplateValue($0) as Any })
  }
  let encoder = TreeEncoder()
  try value.encode(to: encoder)
  return encoder.resolved
}

/// Encodes one value: set once through a single-value container, or filled through a keyed
/// or unkeyed one.
private final class TreeEncoder: Encoder {
  private enum Content {
    case empty
    case value(Any)
    case object(ObjectBox)
    case array(ArrayBox)
  }

  private var content = Content.empty
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] = [:]

  /// The value encoded, with containers turned into tree objects and lists.
  var resolved: Any {
    switch content {
    case .empty: TemplateNull()
    case .value(let value): value
    case .object(let object): object.resolved
    case .array(let array): array.resolved
    }
  }

  func set(_ value: Any) { content = .value(value) }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let object: ObjectBox
    if case .object(let existing) = content {
      object = existing
    } else {
      object = ObjectBox()
      content = .object(object)
    }
    return KeyedEncodingContainer(KeyedTreeContainer<Key>(object: object))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let array: ArrayBox
    if case .array(let existing) = content {
      array = existing
    } else {
      array = ArrayBox()
      content = .array(array)
    }
    return UnkeyedTreeContainer(array: array)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleTreeContainer(encoder: self)
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
    object.set(name, encoder)
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
    array.items.append(encoder)
    array.nested = true
    return encoder
  }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
  let encoder: TreeEncoder
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { encoder.set(TemplateNull()) }
  mutating func encode(_ value: String) throws { encoder.set(TemplateValue(value)) }
  mutating func encode(_ value: Bool) throws { encoder.set(value) }
  mutating func encode(_ value: Int) throws { encoder.set(TemplateValue(value)) }
  mutating func encode(_ value: Double) throws { encoder.set(value) }
  mutating func encode<T: Encodable>(_ value: T) throws { encoder.set(try treeValue(value)) }
}
