import Markdown

/// The trusted HTML fragments of one page, and the slot markers templates place them with.
///
/// Only code in BriefingSite adds fragments, and every piece of text inside one is escaped with
/// ``HTMLEscaper`` first. View models carry the markers under `html.*` keys; templates write them
/// with `{{{html.name}}}` (the only unescaped tag ``TemplateSet`` allows), and
/// ``Markdown/MarkdownDocument/html(slots:)`` swaps them for the fragments after cmark has run.
struct SlotTable: Sendable {
  private(set) var fragments: [String] = []

  /// Adds a fragment and returns the marker that stands for it.
  mutating func add(_ html: String) -> String {
    fragments.append(html)
    return MarkdownSlot.marker(fragments.count - 1)
  }

  /// An empty element carrying `id`, for an anchor on a Markdown list item or paragraph; one
  /// that opens a list item becomes the item's own id (``ListItemAnchors``).
  mutating func anchor(_ id: String) -> String {
    add("<span class=\"anchor\" id=\"\(HTMLEscaper.escape(id))\"></span>")
  }
}
