/// A view model as the project's template engine reads it: strings, numbers, booleans, lists,
/// objects (fields sorted by name) and ``null`` for an absent optional.
///
/// A closed enum instead of `Any`: rendering switches on the case and never casts (swift-mustache
/// spent most of its time in runtime casts of `Any`). ``null`` is present under its name, so a
/// lookup stops at the object that owns the name instead of climbing to an enclosing one (a
/// source without a date never shows its event's date). Immutable once built, so shared freely.
enum TemplateData: Sendable {
  case text(String)
  case number(Int)
  case bool(Bool)
  case double(Double)
  case null
  case list([TemplateData])
  case object(TemplateFields)

  /// The value of field `name` of an object; nil for a missing name and for anything but an
  /// object (lists, strings and numbers have no fields).
  @inline(__always)
  func field(_ name: String) -> TemplateData? {
    if case .object(let fields) = self { fields[name] } else { nil }
  }

  /// This object with field `name` set to `value` (added if missing); other values as they are.
  func setting(_ name: String, to value: TemplateData) -> TemplateData {
    guard case .object(let fields) = self else { return self }
    var names = fields.names
    var values = fields.values
    if let i = names.firstIndex(of: name) {
      values[i] = value
    } else {
      let i = names.firstIndex { $0 > name } ?? names.count
      names.insert(name, at: i)
      values.insert(value, at: i)
    }
    return .object(TemplateFields(names: names, values: values))
  }

  /// Feeds the value into `f` in a stable order (field names sorted), tagging each value with
  /// its kind, so two trees that render differently hash differently.
  func add(to f: inout Fingerprint) {
    switch self {
    case .text(let text):
      f.add("s")
      f.add(text)
    case .number(let number): f.add("i\(number)")
    case .bool(let bool): f.add(bool ? "t" : "f")
    case .double(let double): f.add("?Double:\(double)")
    case .null: f.add("n")
    case .list(let items):
      f.add("[")
      for item in items { item.add(to: &f) }
      f.add("]")
    case .object(let fields):
      f.add("{")
      for (name, value) in zip(fields.names, fields.values) {
        f.add(name)
        value.add(to: &f)
      }
      f.add("}")
    }
  }
}

/// The fields of a ``TemplateData/object(_:)``: names in ascending order without duplicates, and
/// their values, looked up by a linear scan (view-model objects have a dozen fields or fewer, so
/// comparing names, lengths first, beats hashing them).
final class TemplateFields: Sendable {
  let names: [String]
  /// `values[i]` is the value of `names[i]`.
  let values: [TemplateData]

  /// An object with `names[i]` set to `values[i]`; a name given twice keeps its last value.
  init(names: [String], values: [TemplateData]) {
    (self.names, self.values) = Self.sorted(names: names, values: values)
  }

  /// An object whose `names` are ascending already, without duplicates (as
  /// ``ascending(_:)`` checks): no check and no sort for every object a page model builds.
  init(ascending names: [String], values: [TemplateData]) {
    assert(names.count == values.count, "\(names)")
    self.names = names
    self.values = values
  }

  /// `names`, checked to be ascending without duplicates: a model type's field names, checked
  /// once when the type first builds a tree.
  static func ascending(_ names: String...) -> [String] {
    precondition(
      zip(names, names.dropFirst()).allSatisfy { precedes($0, $1) }, "not ascending: \(names)")
    return names
  }

  /// Names in ascending order without duplicates, each with its value; a name given twice keeps
  /// its last value. Shared with ``TemplateObject``, the same object for swift-mustache.
  static func sorted<Value>(names: [String], values: [Value]) -> ([String], [Value]) {
    if names.count < 2 || zip(names, names.dropFirst()).allSatisfy({ precedes($0, $1) }) {
      return (names, values)
    }
    let order = names.indices.sorted {
      names[$0] != names[$1] ? precedes(names[$0], names[$1]) : $0 < $1
    }
    var sortedNames: [String] = []
    var sortedValues: [Value] = []
    sortedNames.reserveCapacity(order.count)
    sortedValues.reserveCapacity(order.count)
    for i in order {
      if sortedNames.last == names[i] {
        sortedValues[sortedValues.count - 1] = values[i]
      } else {
        sortedNames.append(names[i])
        sortedValues.append(values[i])
      }
    }
    return (sortedNames, sortedValues)
  }

  /// `a < b`, decided on UTF-8 bytes where the strings first differ in an ASCII byte on both
  /// sides (field names always do): the bytes before are the same text, and an ASCII character
  /// neither composes with what precedes it nor reorders, so normalising changes nothing there.
  /// Elsewhere `String <`, which normalises both first.
  @inline(__always)
  static func precedes(_ a: String, _ b: String) -> Bool {
    var x = a.utf8.makeIterator()
    var y = b.utf8.makeIterator()
    while true {
      switch (x.next(), y.next()) {
      case (nil, nil): return false
      case (nil, .some(let q)): if q < 0x80 { return true } else { return a < b }
      case (.some(let p), nil): if p < 0x80 { return false } else { return a < b }
      case (.some(let p), .some(let q)):
        if p == q { continue }
        return p < 0x80 && q < 0x80 ? p < q : a < b
      }
    }
  }

  subscript(name: String) -> TemplateData? {
    let length = name.utf8.count
    for i in names.indices where names[i].utf8.count == length && names[i] == name {
      return values[i]
    }
    return nil
  }
}
