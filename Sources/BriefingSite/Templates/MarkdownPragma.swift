/// The pragma that switches a page template's values to Markdown escaping (``MarkdownEscaper``).
///
/// ``TemplateSet`` puts it on the first line of every Markdown template and partial, so template
/// authors cannot forget it; the parser then escapes `{{value}}` for Markdown instead of HTML. It
/// is swift-mustache's content-type pragma, so the tests can render the same text with
/// swift-mustache as the reference.
enum MarkdownPragma {
  static let name = "MARKDOWN"
  static let line = "{{% CONTENT_TYPE: \(name) }}\n"
}
