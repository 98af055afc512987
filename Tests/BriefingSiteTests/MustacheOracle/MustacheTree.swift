import Mustache

@testable import BriefingSite

extension TemplateData {
  /// The same value as the nodes swift-mustache reads (``TemplateObject``, ``TemplateList``,
  /// ``TemplateValue``, ``TemplateNull``): what the tests render with swift-mustache, the
  /// reference the project's engine must match byte for byte.
  var mustacheValue: Any {
    switch self {
    case .text(let text): TemplateValue(text)
    case .number(let number): TemplateValue(number)
    case .bool(let bool): bool
    case .double(let double): double
    case .null: TemplateNull()
    case .list(let items): TemplateList(items.map(\.mustacheValue))
    case .object(let fields):
      TemplateObject(names: fields.names, values: fields.values.map(\.mustacheValue))
    }
  }
}

extension TemplateContext {
  /// The tree as swift-mustache reads it: the reference renderings in tests.
  var mustacheTree: Any { tree.mustacheValue }
}
