import Foundation

/// Turns an `Encodable` view model into the tree a ``TemplateContext`` holds: objects for
/// structs and string-keyed dictionaries, lists for arrays, strings, integers, booleans and
/// doubles as they are, and ``TemplateData/null`` for every absent optional.
///
/// Pages no longer use it: each view model builds its own tree (``ItemTree``), and this encoder,
/// driven by the models' synthesized `encode(to:)`, is the reference tests compare those trees
/// with (it knows nothing of the models, so a field a hand-built tree forgets shows).
enum TemplateTreeEncoder {
  static func tree(_ value: some Encodable) -> TemplateData {
    let encoder = TreeEncoder()
    do { try value.encode(to: encoder) } catch { return .null }
    return encoder.resolved
  }
}

/// A field or item while encoding: a finished value, or a container still being filled.
private enum Pending {
  case done(TemplateData)
  case object(ObjectBox)
  case array(ArrayBox)
  case encoder(TreeEncoder)

  var resolved: TemplateData {
    switch self {
    case .done(let value): value
    case .object(let box): box.resolved
    case .array(let box): box.resolved
    case .encoder(let encoder): encoder.resolved
    }
  }
}

/// A struct or dictionary being encoded, its fields in encoding order. `nested` is set when a
/// nested container or super encoder put a box among the fields, which then need resolving.
private final class ObjectBox {
  var names: [String] = []
  var values: [Pending] = []

  init() {
    // View models have a dozen fields or fewer: one allocation each instead of regrowing.
    names.reserveCapacity(16)
    values.reserveCapacity(16)
  }

  func set(_ name: String, _ value: TemplateData) {
    names.append(name)
    values.append(.done(value))
  }

  func set(_ name: String, pending: Pending) {
    names.append(name)
    values.append(pending)
  }

  var resolved: TemplateData {
    .object(TemplateFields(names: names, values: values.map(\.resolved)))
  }
}

/// An array being encoded.
private final class ArrayBox {
  var items: [Pending] = []

  func append(_ value: TemplateData) { items.append(.done(value)) }

  var resolved: TemplateData { .list(items.map(\.resolved)) }
}

/// Encodes `value` alone: leaves directly, anything else through its own encoder.
private func treeValue<T: Encodable>(_ value: T) throws -> TemplateData {
  // Type comparisons, not casts: `as` on a generic value is a slow runtime lookup.
  if T.self == String.self { return .text(unsafeBitCast(value, to: String.self)) }
  if T.self == Int.self { return .number(unsafeBitCast(value, to: Int.self)) }
  if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
  if T.self == [String: String].self {
    let dictionary = unsafeBitCast(value, to: [String: String].self)
    return .object(
      TemplateFields(names: Array(dictionary.keys), values: dictionary.values.map { .text($0) }))
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
    case value(TemplateData)
    case object(ObjectBox)
    case array(ArrayBox)
  }

  private var content = Content.empty
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] = [:]

  /// The value encoded, with containers turned into tree objects and lists.
  var resolved: TemplateData {
    switch content {
    case .empty: .null
    case .value(let value): value
    case .object(let object): object.resolved
    case .array(let array): array.resolved
    }
  }

  func set(_ value: TemplateData) { content = .value(value) }

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

  mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, .null) }
  mutating func encode(_ value: String, forKey key: Key) throws {
    object.set(key.stringValue, .text(value))
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    object.set(key.stringValue, .bool(value))
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    object.set(key.stringValue, .number(value))
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    object.set(key.stringValue, try treeValue(value))
  }
  // Absent optionals are null, not missing, so Mustache lookups stop at this object.
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
    object.set(key.stringValue, value.map { .text($0) } ?? .null)
  }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
    object.set(key.stringValue, value.map { .bool($0) } ?? .null)
  }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
    object.set(key.stringValue, value.map { .number($0) } ?? .null)
  }
  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    object.set(key.stringValue, try value.map(treeValue) ?? .null)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = ObjectBox()
    object.set(key.stringValue, pending: .object(nested))
    return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(object: nested))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = ArrayBox()
    object.set(key.stringValue, pending: .array(nested))
    return UnkeyedTreeContainer(array: nested)
  }

  mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    superEncoder(named: key.stringValue)
  }

  private func superEncoder(named name: String) -> any Encoder {
    let encoder = TreeEncoder()
    object.set(name, pending: .encoder(encoder))
    return encoder
  }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
  let array: ArrayBox
  var codingPath: [any CodingKey] { [] }
  var count: Int { array.items.count }

  mutating func encodeNil() throws { array.append(.null) }
  mutating func encode(_ value: String) throws { array.append(.text(value)) }
  mutating func encode(_ value: Bool) throws { array.append(.bool(value)) }
  mutating func encode(_ value: Int) throws { array.append(.number(value)) }
  mutating func encode(_ value: Double) throws { array.append(.double(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws { array.append(try treeValue(value)) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = ObjectBox()
    array.items.append(.object(nested))
    return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(object: nested))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = ArrayBox()
    array.items.append(.array(nested))
    return UnkeyedTreeContainer(array: nested)
  }

  mutating func superEncoder() -> any Encoder {
    let encoder = TreeEncoder()
    array.items.append(.encoder(encoder))
    return encoder
  }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
  let encoder: TreeEncoder
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { encoder.set(.null) }
  mutating func encode(_ value: String) throws { encoder.set(.text(value)) }
  mutating func encode(_ value: Bool) throws { encoder.set(.bool(value)) }
  mutating func encode(_ value: Int) throws { encoder.set(.number(value)) }
  mutating func encode(_ value: Double) throws { encoder.set(.double(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws { encoder.set(try treeValue(value)) }
}
