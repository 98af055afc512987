import Mustache

@testable import BriefingSite

/// An array in a template tree.
///
/// `{{#list}}` renders its section once per item (as for an array); `{{^list}}` shows when it
/// is empty. Unlike `[Any]`, a generic struct that swift-mustache would reflect on when a name
/// is looked up while the empty list is on its stack, it answers lookups itself (with nothing,
/// as an array's mirror does) and fits an `Any`'s inline buffer.
struct TemplateList: MustacheSequence, MustacheParent, MustacheTransformable {
  let items: [Any]

  init(_ items: [Any]) { self.items = items }

  func makeIterator() -> IndexingIterator<[Any]> { items.makeIterator() }

  var count: Int { items.count }

  /// Names are not looked up in a list, as with swift-mustache's arrays.
  func child(named: String) -> Any? { nil }

  /// The transforms swift-mustache gives an array: `first`, `last`, `reversed`, `count`,
  /// `empty`.
  func transform(_ name: String) -> Any? {
    switch name {
    case "first": items.first
    case "last": items.last
    case "reversed": items.reversed()
    case "count": items.count
    case "empty": items.isEmpty
    default: nil
    }
  }
}
