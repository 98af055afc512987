import Foundation

/// A view model as the tree swift-mustache reads fastest (``TemplateObject``, ``TemplateList``,
/// ``TemplateValue``, ``TemplateNull``), built once at plan time (``TemplateTreeEncoder``) and
/// kept for render.
///
/// Two reasons: swift-mustache reflects a struct anew for every tag it looks up (most of the
/// render time on big pages), and with plain reflection a nil property counts as missing, so
/// the lookup climbs to enclosing objects — a source without a date would show its event's
/// date. Every absent optional is ``TemplateNull`` in the tree, which stops that climb at the
/// object that owns the name. The tree holds only those node types and booleans, and is never
/// mutated after it is built, so sharing it between threads is safe.
struct TemplateContext: @unchecked Sendable {
  let tree: Any

  init(_ model: some Encodable) { tree = TemplateTreeEncoder.tree(model) }

  /// Feeds the tree into `f` in a stable order (dictionary keys sorted), tagging each value
  /// with its kind, so two trees that render differently hash differently.
  func add(to f: inout Fingerprint) { Self.add(tree, to: &f) }

  private static func add(_ value: Any, to f: inout Fingerprint) {
    // Exact type checks: failed casts walk the runtime's slow paths.
    let type = type(of: value)
    if type == TemplateValue.self {
      let v = value as! TemplateValue
      if v.isNumber {
        f.add("i\(v.renderText)")
      } else {
        f.add("s")
        f.add(v.renderText)
      }
    } else if type == TemplateObject.self {
      let object = value as! TemplateObject
      f.add("{")
      for (name, value) in zip(object.names, object.values) {
        f.add(name)
        add(value, to: &f)
      }
      f.add("}")
    } else if type == TemplateList.self {
      f.add("[")
      for item in (value as! TemplateList).items { add(item, to: &f) }
      f.add("]")
    } else if type == TemplateNull.self {
      f.add("n")
    } else if type == Bool.self {
      f.add((value as! Bool) ? "t" : "f")
    } else if type == String.self {
      f.add("s")
      f.add(value as! String)
    } else if type == Int.self {
      f.add("i\(value as! Int)")
    } else {
      f.add("?\(type):\(value)")
    }
  }
}
