import CCmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A CommonMark document parsed by libcmark, rendered to HTML with raw HTML off.
///
/// Rendering always uses `CMARK_OPT_DEFAULT`: raw HTML becomes a placeholder comment and
/// `javascript:`-style link destinations become empty. `CMARK_OPT_UNSAFE` is never used;
/// trusted HTML enters only through ``MarkdownSlot`` markers.
public final class MarkdownDocument {
  /// The Markdown source this document was parsed from.
  public let source: String
  private let root: OpaquePointer

  public init(parsing markdown: String) {
    source = markdown
    root = MarkdownDocument.parse(markdown)
  }

  deinit { cmark_node_free(root) }

  /// The document as an HTML fragment.
  public func html() -> String { MarkdownDocument.render(root) }

  /// The document as HTML, each ``MarkdownSlot`` marker in its text replaced by `slots[index]`.
  ///
  /// Throws ``MarkdownSlotError`` when a marker names a slot that `slots` does not have.
  public func html(slots: [String]) throws -> String {
    try MarkdownDocument.html(markdown: source, slots: slots)
  }

  /// `markdown` as HTML with its slot markers filled, parsed once and never kept: what a site
  /// renderer needs for each page.
  public static func html(markdown: String, slots: [String]) throws -> String {
    let tree = parse(markdown)
    defer { cmark_node_free(tree) }
    try fill(tree, slots: slots)
    return render(tree)
  }

  /// ``html(markdown:slots:)`` for Markdown given as UTF-8 bytes.
  public static func html(utf8 markdown: [UInt8], slots: [String]) throws -> String {
    String(decoding: try htmlUTF8(utf8: markdown, slots: slots), as: UTF8.self)
  }

  /// ``html(utf8:slots:)`` as cmark's UTF-8 bytes, for a caller that works on bytes: no
  /// String made (and its UTF-8 checked) only to be taken apart again.
  public static func htmlUTF8(utf8 markdown: [UInt8], slots: [String]) throws -> [UInt8] {
    let tree: OpaquePointer =
      markdown.isEmpty
      ? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
      : markdown.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
          cmark_parse_document($0.baseAddress!, $0.count, CMARK_OPT_DEFAULT)
        }
      }
    defer { cmark_node_free(tree) }
    try fill(tree, slots: slots)
    guard let html = cmark_render_html(tree, CMARK_OPT_DEFAULT) else { return [] }
    defer { cmark_get_default_mem_allocator().pointee.free(html) }
    let count = strlen(html)
    return html.withMemoryRebound(to: UInt8.self, capacity: count) {
      Array(UnsafeBufferPointer(start: $0, count: count))
    }
  }

  /// Visits every node, parents before children, in document order.
  public func walk(_ visit: (MarkdownNode) -> Void) {
    guard let iter = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iter) }
    while true {
      let event = cmark_iter_next(iter)
      if event == CMARK_EVENT_DONE { break }
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
      visit(MarkdownNode(node))
    }
  }

  private static func parse(_ markdown: String) -> OpaquePointer {
    var markdown = markdown
    return markdown.withUTF8 { buffer in
      guard let base = buffer.baseAddress else {
        return cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
      }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
      }
    }
  }

  private static func render(_ node: OpaquePointer) -> String {
    guard let html = cmark_render_html(node, CMARK_OPT_DEFAULT) else { return "" }
    defer { cmark_get_default_mem_allocator().pointee.free(html) }
    return String(cString: html)
  }

  private static func mayHoldMarker(_ text: UnsafePointer<CChar>) -> Bool {
    var p = text
    while p.pointee != 0 {
      if UInt8(bitPattern: p.pointee) == 0xEF { return true }
      p += 1
    }
    return false
  }

  /// Replaces slot markers in text nodes by custom nodes carrying the fragments.
  private static func fill(_ tree: OpaquePointer, slots: [String]) throws {
    cmark_consolidate_text_nodes(tree)
    var textNodes: [OpaquePointer] = []
    if let iter = cmark_iter_new(tree) {
      defer { cmark_iter_free(iter) }
      while true {
        let event = cmark_iter_next(iter)
        if event == CMARK_EVENT_DONE { break }
        if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter),
          cmark_node_get_type(node) == CMARK_NODE_TEXT
        {
          textNodes.append(node)
        }
      }
    }
    for node in textNodes {
      // Markers start with the UTF-8 lead byte 0xEF: skip the many texts without one.
      guard let cLiteral = cmark_node_get_literal(node), mayHoldMarker(cLiteral) else { continue }
      let literal = String(cString: cLiteral)
      let pieces = MarkdownSlot.pieces(of: literal)
      guard pieces.contains(where: { if case .slot = $0 { true } else { false } }) else {
        continue
      }
      func fragment(_ index: Int) throws -> String {
        guard slots.indices.contains(index) else { throw MarkdownSlotError(index: index) }
        return slots[index]
      }
      // A paragraph holding only one marker becomes a block of its own.
      if pieces.count == 1, case .slot(let index) = pieces[0],
        let parent = cmark_node_parent(node),
        cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH,
        cmark_node_first_child(parent) == node, cmark_node_last_child(parent) == node
      {
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(block, try fragment(index))
        cmark_node_replace(parent, block)
        cmark_node_free(parent)
        continue
      }
      for piece in pieces {
        let new: OpaquePointer
        switch piece {
        case .text(let text):
          new = cmark_node_new(CMARK_NODE_TEXT)!
          cmark_node_set_literal(new, text)
        case .slot(let index):
          new = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
          cmark_node_set_on_enter(new, try fragment(index))
        }
        cmark_node_insert_before(node, new)
      }
      cmark_node_unlink(node)
      cmark_node_free(node)
    }
  }
}
