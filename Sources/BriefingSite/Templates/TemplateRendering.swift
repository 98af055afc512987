import Foundation

/// Renders a ``CompiledTemplate`` against a ``TemplateData`` tree into UTF-8 bytes, with the
/// semantics of swift-mustache 2.1.1 on the same tree (the tests compare the two byte for byte):
///
/// - a name is looked up in the innermost object that has it; ``TemplateData/null`` counts as
///   having it and prints nothing;
/// - a section repeats over a non-empty list, shows once for `true`, and pushes any other
///   present value; an inverted section shows for an empty list, `false` and a missing value;
/// - transforms are swift-mustache's: on text `empty`, `capitalized`, `lowercased`,
///   `uppercased`, `reversed`; on numbers `equalzero`, `plusone`, `minusone`, `even`, `odd`; on
///   lists `first`, `last`, `reversed`, `count`, `empty`; on objects `count`, `empty`,
///   `enumerated`, `sorted`; inside a repeated section `first()`, `last()`, `index()`,
///   `even()`, `odd()`;
/// - a partial starts with HTML escaping, without the list position, indented like its tag.
///
/// Lists and objects printed as values print nothing (swift-mustache prints a debug description).
struct TemplateRendering {
  /// Where a repeated section is in its list.
  struct Position {
    var first: Bool
    var last: Bool
    var index: Int
  }

  let partials: [String: CompiledTemplate]
  private var stack: [TemplateData] = []
  private(set) var output: [UInt8] = []

  init(partials: [String: CompiledTemplate], capacity: Int = 0) {
    self.partials = partials
    output.reserveCapacity(capacity)
  }

  /// Renders `template` with `data` as the outermost object, appending to ``output``.
  mutating func render(_ template: CompiledTemplate, data: TemplateData) {
    stack.append(data)
    render(template, position: nil, indentation: nil)
    stack.removeLast()
  }

  private mutating func render(
    _ template: CompiledTemplate, position: Position?, indentation: String?
  ) {
    guard let indentation, !indentation.isEmpty else {
      for node in template.nodes { render(node, position: position, indentation: indentation) }
      return
    }
    // As swift-mustache: each piece of this template that is not empty and follows a newline
    // of this template's own output gets the indentation first.
    let outer = output
    var local: [UInt8] = []
    for node in template.nodes {
      output = []
      render(node, position: position, indentation: indentation)
      if !output.isEmpty, local.last == 0x0A, local.count < 2 || local[local.count - 2] != 0x0D {
        local.append(contentsOf: indentation.utf8)
      }
      local.append(contentsOf: output)
    }
    output = outer
    output.append(contentsOf: local)
  }

  private mutating func render(_ node: TemplateNode, position: Position?, indentation: String?) {
    switch node {
    case .text(let bytes):
      output.append(contentsOf: bytes)
    case .variable(let path, let escaping):
      guard let value = lookup(path, position: position) else { return }
      if let text = Self.text(of: value) { escaping.append(text, to: &output) }
    case .unescaped(let path):
      guard let value = lookup(path, position: position), let text = Self.text(of: value) else {
        return
      }
      output.append(contentsOf: text.utf8)
    case .section(let path, let body):
      switch lookup(path, position: position) {
      case nil: break
      case .list(let items):
        for (index, item) in items.enumerated() {
          stack.append(item)
          render(
            body,
            position: Position(first: index == 0, last: index == items.count - 1, index: index),
            indentation: indentation)
          stack.removeLast()
        }
      case .bool(let shown):
        if shown { render(body, position: position, indentation: indentation) }
      case .some(let value):
        stack.append(value)
        render(body, position: nil, indentation: indentation)
        stack.removeLast()
      }
    case .inverted(let path, let body):
      switch lookup(path, position: position) {
      case nil: render(body, position: position, indentation: indentation)
      case .list(let items):
        guard items.isEmpty else { return }
        stack.append(.list(items))
        render(body, position: nil, indentation: indentation)
        stack.removeLast()
      case .bool(let shown):
        if !shown { render(body, position: position, indentation: indentation) }
      case .some: break
      }
    case .partial(let name, let indented):
      guard let partial = partials[name] else { return }
      let inner = indented.map { (indentation ?? "") + $0 } ?? indentation
      render(partial, position: nil, indentation: inner)
    }
  }

  /// How a value prints; nil for lists and objects.
  private static func text(of value: TemplateData) -> String? {
    switch value {
    case .text(let text): text
    case .number(let number): String(number)
    case .bool(let bool): bool ? "true" : "false"
    case .double(let double): "\(double)"
    case .null: ""
    case .list, .object: nil
    }
  }

  /// The value `path` names here, transforms applied; nil when missing or null.
  private func lookup(_ path: TemplatePath, position: Position?) -> TemplateData? {
    var value: TemplateData?
    var transforms = path.transforms[...]
    switch path.start {
    case .current:
      value = stack.last
    case .position:
      guard let position, let first = transforms.popFirst() else { return nil }
      value = Self.transform(position, first)
      guard value != nil else { return nil }
    case .anchored:
      value = Self.descend(path.names[...], from: stack[stack.count - 1])
    case .climbing:
      guard let name = path.names.first else {
        value = stack.last
        break
      }
      for object in stack.reversed() {
        if let child = object.field(name) {
          value = Self.descend(path.names.dropFirst(), from: child)
          break
        }
      }
    }
    if path.start != .position, case .null = value { return nil }
    guard var result = value else { return nil }
    for name in transforms {
      guard let next = Self.transform(result, name) else { return nil }
      result = next
    }
    return result
  }

  private static func descend(_ names: ArraySlice<String>, from value: TemplateData)
    -> TemplateData?
  {
    var value = value
    for name in names {
      guard let child = value.field(name) else { return nil }
      value = child
    }
    return value
  }

  private static func transform(_ position: Position, _ name: String) -> TemplateData? {
    switch name {
    case "first": .bool(position.first)
    case "last": .bool(position.last)
    case "index": .number(position.index)
    case "even": .bool(position.index & 1 == 0)
    case "odd": .bool(position.index & 1 == 1)
    default: nil
    }
  }

  private static func transform(_ value: TemplateData, _ name: String) -> TemplateData? {
    switch value {
    case .text(let text):
      switch name {
      case "empty": .bool(text.isEmpty)
      case "capitalized": .text(text.capitalized)
      case "lowercased": .text(text.lowercased())
      case "uppercased": .text(text.uppercased())
      case "reversed": .text(String(text.reversed()))
      default: nil
      }
    case .number(let number):
      switch name {
      case "equalzero": .bool(number == 0)
      case "plusone": .number(number + 1)
      case "minusone": .number(number - 1)
      case "even": .bool(number & 1 == 0)
      case "odd": .bool(number & 1 == 1)
      default: nil
      }
    case .list(let items):
      switch name {
      case "first": items.first
      case "last": items.last
      case "reversed": .list(items.reversed())
      case "count": .number(items.count)
      case "empty": .bool(items.isEmpty)
      default: nil
      }
    case .object(let fields):
      switch name {
      case "count": .number(fields.names.count)
      case "empty": .bool(fields.names.isEmpty)
      case "enumerated", "sorted":
        .list(
          zip(fields.names, fields.values).map { name, value in
            .object(TemplateFields(names: ["key", "value"], values: [.text(name), value]))
          })
      default: nil
      }
    case .bool, .double, .null: nil
    }
  }
}
