import Mustache

/// A struct or string-keyed dictionary in a template tree: its field names, sorted, and their
/// values, looked up by a linear scan.
///
/// swift-mustache asks every object on its context stack for a name with two protocol casts
/// (custom representation, then ``MustacheParent``). On a `[String: Any]` those are casts of a
/// generic struct with a conditional conformance, followed by a hash of the name; this
/// non-generic value type fits in an `Any`'s inline buffer, and objects of view models have a
/// dozen fields or fewer, so comparing names (lengths first) beats hashing them.
struct TemplateObject: MustacheParent, MustacheTransformable {
  /// Field names in ascending order, no duplicates.
  let names: [String]
  /// `values[i]` is the value of `names[i]`.
  let values: [Any]

  /// An object with `fields`; a name given twice keeps its last value.
  init(_ fields: some Sequence<(String, Any)>) {
    let pairs = Array(fields).enumerated().sorted {
      $0.element.0 != $1.element.0 ? $0.element.0 < $1.element.0 : $0.offset < $1.offset
    }
    var names: [String] = []
    var values: [Any] = []
    names.reserveCapacity(pairs.count)
    values.reserveCapacity(pairs.count)
    for (_, (name, value)) in pairs {
      if names.last == name {
        values[values.count - 1] = value
      } else {
        names.append(name)
        values.append(value)
      }
    }
    self.names = names
    self.values = values
  }

  var count: Int { names.count }

  subscript(name: String) -> Any? { child(named: name) }

  func child(named name: String) -> Any? {
    let length = name.utf8.count
    for i in names.indices where names[i].utf8.count == length && names[i] == name {
      return values[i]
    }
    return nil
  }

  /// The transforms swift-mustache gives a dictionary: `count`, `empty`, and `enumerated` /
  /// `sorted` (key-value pairs, in key order).
  func transform(_ name: String) -> Any? {
    switch name {
    case "count": count
    case "empty": names.isEmpty
    case "enumerated", "sorted": zip(names, values).map { (key: $0, value: $1) }
    default: nil
    }
  }
}
