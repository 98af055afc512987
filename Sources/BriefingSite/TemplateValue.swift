import Mustache

/// A string or number in a template tree, in the form swift-mustache renders with the fewest
/// runtime type checks.
///
/// For a plain `String`, swift-mustache tries half a dozen protocol casts before it prints the
/// value (template, renderable, lambda, optional, then `String(describing:)`); each is a lookup
/// in the runtime's conformance cache, and together they were most of the render time. A
/// ``MustacheCustomRenderable`` is recognised by the second cast. Its text is still escaped by
/// the template's content type (``MarkdownEscaper`` in page templates), and transforms such as
/// `{{uppercased(title)}}` work as on the plain value.
struct TemplateValue: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
  /// The value as a template prints it.
  let renderText: String
  /// The plain `String` or `Int`, for transforms.
  let plain: any Sendable

  init(_ text: String) {
    renderText = text
    plain = text
  }

  init(_ number: Int) {
    renderText = String(number)
    plain = number
  }

  var isNull: Bool { false }

  /// A value has no fields: names inside `{{#value}}…{{/value}}` are looked up further out
  /// (as for a plain string), without reflecting on this type.
  func child(named: String) -> Any? { nil }

  func transform(_ name: String) -> Any? {
    switch plain {
    case let text as String: text.transform(name)
    case let number as Int: number.transform(name)
    default: nil
    }
  }
}
