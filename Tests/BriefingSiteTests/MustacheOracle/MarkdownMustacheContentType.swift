import Markdown
import Mustache

@testable import BriefingSite

/// The Mustache content type of page templates for swift-mustache, the reference the project's
/// engine is tested against: `{{value}}` runs ``MarkdownEscaper``.
///
/// swift-mustache escapes for HTML unless a template switches content type with the pragma
/// `{{% CONTENT_TYPE: MARKDOWN }}`; ``TemplateSet`` puts that pragma on the first line of every
/// Markdown template and partial (partials start again from HTML in swift-mustache, so each needs
/// its own), so template authors cannot forget it.
struct MarkdownContentType: MustacheContentType {
  static let name = MarkdownPragma.name
  static let pragma = MarkdownPragma.line

  func escapeText(_ text: String) -> String { MarkdownEscaper.escape(text) }

  /// Registers the content type with swift-mustache (idempotent; done before any parse).
  static let registered: Bool = {
    MustacheContentTypes.register(MarkdownContentType(), named: name)
    return true
  }()
}
