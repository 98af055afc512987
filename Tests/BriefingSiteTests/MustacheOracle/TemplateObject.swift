import Mustache

@testable import BriefingSite

/// A struct or string-keyed dictionary in a template tree: its field names, sorted, and their
/// values, looked up by a linear scan.
///
/// swift-mustache asks every object on its context stack for a name with two protocol casts
/// (custom representation, then ``MustacheParent``). On a `[String: Any]` those are casts of a
/// generic struct with a conditional conformance, followed by a hash of the name; this
/// non-generic value type holds one reference (copied into and out of `Any`s with one retain),
/// and objects of view models have a dozen fields or fewer, so comparing names (lengths first)
/// beats hashing them.
struct TemplateObject: MustacheParent, MustacheTransformable {
  private let fields: Fields

  /// An object with `names[i]` set to `values[i]`; a name given twice keeps its last value.
  init(names: [String], values: [Any]) {
    let (sortedNames, sortedValues) = TemplateFields.sorted(names: names, values: values)
    fields = Fields(names: sortedNames, values: sortedValues)
  }

  /// Field names in ascending order, no duplicates.
  var names: [String] { fields.names }
  /// `values[i]` is the value of `names[i]`.
  var values: [Any] { fields.values }
  var count: Int { fields.names.count }

  subscript(name: String) -> Any? { child(named: name) }

  func child(named name: String) -> Any? {
    let names = fields.names
    let length = name.utf8.count
    for i in names.indices where names[i].utf8.count == length && names[i] == name {
      return fields.values[i]
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

  /// The storage, shared by all copies.
  private final class Fields {
    let names: [String]
    let values: [Any]

    init(names: [String], values: [Any]) {
      self.names = names
      self.values = values
    }
  }
}
