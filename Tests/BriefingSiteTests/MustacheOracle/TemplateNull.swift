import Mustache

@testable import BriefingSite

/// An absent optional in a template tree: present under its name, so a Mustache lookup stops at
/// the object that owns the name instead of climbing to an enclosing one, but read as nothing
/// (`{{x}}` prints nothing, `{{#x}}` is skipped, `{{^x}}` shows).
///
/// It does what `NSNull` does for swift-mustache (a ``MustacheCustomRepresentation`` whose
/// representation is `nil`), as an empty struct: no object to allocate per absent field, and
/// casts of it take the runtime's short path for value types.
struct TemplateNull: MustacheCustomRepresentation {
  var representation: Any? { nil }
}
