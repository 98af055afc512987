import Foundation

/// A view model as the dictionaries and arrays swift-mustache reads fastest, built once at plan
/// time (``TemplateTreeEncoder``) and kept for render.
///
/// Two reasons: swift-mustache reflects a struct anew for every tag it looks up (most of the
/// render time on big pages), and with plain reflection a nil property counts as missing, so
/// the lookup climbs to enclosing objects — a source without a date would show its event's
/// date. Every absent optional is `NSNull` in the tree, which stops that climb at the object
/// that owns the name. The tree holds only strings, numbers, booleans, `NSNull` and
/// arrays/dictionaries of them, and is never mutated after it is built, so sharing it between
/// threads is safe.
struct TemplateContext: @unchecked Sendable {
  let tree: Any

  init(_ model: some Encodable) { tree = TemplateTreeEncoder.tree(model) }

  /// Feeds the tree into `f` in a stable order (dictionary keys sorted), tagging each value
  /// with its kind, so two trees that render differently hash differently.
  func add(to f: inout Fingerprint) { Self.add(tree, to: &f) }

  private static func add(_ value: Any, to f: inout Fingerprint) {
    // Exact type checks: `as` casts of dictionaries and arrays try Foundation bridging.
    let type = type(of: value)
    if type == TemplateValue.self {
      let v = value as! TemplateValue
      if v.plain is Int {
        f.add("i\(v.renderText)")
      } else {
        f.add("s")
        f.add(v.renderText)
      }
    } else if type == String.self {
      f.add("s")
      f.add(value as! String)
    } else if type == [String: Any].self {
      let d = value as! [String: Any]
      f.add("{")
      for key in d.keys.sorted() {
        f.add(key)
        add(d[key]!, to: &f)
      }
      f.add("}")
    } else if type == [Any].self {
      let a = value as! [Any]
      f.add("[")
      for item in a { add(item, to: &f) }
      f.add("]")
    } else if type == [String: String].self {
      let d = value as! [String: String]
      f.add("{")
      for key in d.keys.sorted() {
        f.add(key)
        f.add("s")
        f.add(d[key]!)
      }
      f.add("}")
    } else if type == Bool.self {
      f.add((value as! Bool) ? "t" : "f")
    } else if type == Int.self {
      f.add("i\(value as! Int)")
    } else if type == NSNull.self {
      f.add("n")
    } else {
      f.add("?\(type):\(value)")
    }
  }
}
