import Markdown

/// A template parsed once (``TemplateParser``) into a tree of nodes, rendered against a
/// ``TemplateData`` tree by switching on cases: no dynamic casts, no name splitting at render.
struct CompiledTemplate: Sendable {
  var nodes: [TemplateNode]
}

/// One piece of a ``CompiledTemplate``.
indirect enum TemplateNode: Sendable {
  /// Literal text, as UTF-8.
  case text([UInt8])
  /// `{{name}}`: the value, escaped as the template's content type says where the tag stands.
  case variable(TemplatePath, TemplateEscaping)
  /// `{{{name}}}` or `{{&name}}`: the value as it is.
  case unescaped(TemplatePath)
  /// `{{#name}}…{{/name}}`.
  case section(TemplatePath, CompiledTemplate)
  /// `{{^name}}…{{/name}}`.
  case inverted(TemplatePath, CompiledTemplate)
  /// `{{> name}}`; `indentation` is the whitespace before a partial alone on its line.
  case partial(String, indentation: String?)
}

/// How a `{{name}}` is escaped: set per template by `{{% CONTENT_TYPE: X }}` (HTML when none).
enum TemplateEscaping: String, Sendable {
  /// ``MustacheHTMLEscape``: `<`, `>`, `&`, `"` and `'` as entities, as swift-mustache does.
  case html = "HTML"
  /// ``Markdown/MarkdownEscaper``: text that CommonMark reads as literal text and nothing else.
  case markdown = "MARKDOWN"
  /// Nothing escaped.
  case text = "TEXT"

  /// Appends `text`, escaped, to `output` as UTF-8.
  func append(_ text: String, to output: inout [UInt8]) {
    switch self {
    case .html: output.append(contentsOf: MustacheHTMLEscape.escape(text).utf8)
    case .markdown: MarkdownEscaper.escape(text, into: &output)
    case .text: output.append(contentsOf: text.utf8)
    }
  }
}

/// A tag's name, split once at parse time, and its transforms in the order they apply.
struct TemplatePath: Sendable {
  enum Start: Sendable {
    /// `.`: the innermost object.
    case current
    /// `first()`, `last()`…: the position in the list being repeated.
    case position
    /// `.a.b`: looked up in the innermost object only.
    case anchored
    /// `a.b`: `a` from the innermost object that has it, then `b` inside it.
    case climbing
  }

  var start: Start
  var names: [String]
  /// Innermost first: `empty(aliases)` is `["empty"]`, `a(b(x))` is `["b", "a"]`.
  var transforms: [String]

  /// The path of a tag, as swift-mustache resolves names.
  init(name: String, transforms: [String]) {
    self.transforms = transforms.reversed()
    names = name.split(separator: ".").map(String.init)
    if name == "." {
      start = .current
    } else if name.isEmpty, !transforms.isEmpty {
      start = .position
    } else if name.first == "." {
      start = .anchored
    } else {
      start = .climbing
    }
  }
}
