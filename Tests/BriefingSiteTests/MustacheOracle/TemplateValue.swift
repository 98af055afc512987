import Mustache

@testable import BriefingSite

/// A string or number in a template tree, in the form swift-mustache renders with the fewest
/// runtime type checks.
///
/// For a plain `String`, swift-mustache tries half a dozen protocol casts before it prints the
/// value (template, renderable, lambda, optional, then `String(describing:)`); each is a lookup
/// in the runtime's conformance cache, and together they were most of the render time. A
/// ``MustacheCustomRenderable`` is recognised by the second cast. Its text is still escaped by
/// the template's content type (``MarkdownEscaper`` in page templates), and transforms such as
/// `{{uppercased(title)}}` work as on the plain value.
///
/// It is 17 bytes, so it fits in the inline buffer of an `Any`: storing it in the tree and each
/// successful cast swift-mustache makes of it copy it in place instead of allocating a box.
struct TemplateValue: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
  /// The value as a template prints it.
  let renderText: String
  /// Whether the value is an `Int` (printed in decimal), for transforms and fingerprints.
  let isNumber: Bool

  init(_ text: String) {
    renderText = text
    isNumber = false
  }

  init(_ number: Int) {
    renderText = String(number)
    isNumber = true
  }

  /// The plain `String` or `Int`, as transforms see it.
  var plain: any Sendable { isNumber ? Int(renderText) ?? 0 : renderText }

  var isNull: Bool { false }

  /// A value has no fields: names inside `{{#value}}…{{/value}}` are looked up further out
  /// (as for a plain string), without reflecting on this type.
  func child(named: String) -> Any? { nil }

  func transform(_ name: String) -> Any? {
    if isNumber { (Int(renderText) ?? 0).transform(name) } else { renderText.transform(name) }
  }
}
