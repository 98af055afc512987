import CCmark

/// A read-only view of one node met while walking a ``MarkdownDocument``.
public struct MarkdownNode: Sendable, Hashable {
  /// The kinds of CommonMark node cmark knows.
  public enum Kind: String, Sendable, Hashable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph
    case heading, thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline
    case emphasis, strong, link, image, unknown
  }

  public var kind: Kind
  /// Text content of text, code, code block and HTML nodes.
  public var literal: String?
  /// Destination of links and images.
  public var url: String?

  init(_ node: OpaquePointer) {
    let type = cmark_node_get_type(node)
    let table: [(cmark_node_type, Kind)] = [
      (CMARK_NODE_DOCUMENT, .document), (CMARK_NODE_BLOCK_QUOTE, .blockQuote),
      (CMARK_NODE_LIST, .list), (CMARK_NODE_ITEM, .item), (CMARK_NODE_CODE_BLOCK, .codeBlock),
      (CMARK_NODE_HTML_BLOCK, .htmlBlock), (CMARK_NODE_CUSTOM_BLOCK, .customBlock),
      (CMARK_NODE_PARAGRAPH, .paragraph), (CMARK_NODE_HEADING, .heading),
      (CMARK_NODE_THEMATIC_BREAK, .thematicBreak), (CMARK_NODE_TEXT, .text),
      (CMARK_NODE_SOFTBREAK, .softBreak), (CMARK_NODE_LINEBREAK, .lineBreak),
      (CMARK_NODE_CODE, .code), (CMARK_NODE_HTML_INLINE, .htmlInline),
      (CMARK_NODE_CUSTOM_INLINE, .customInline), (CMARK_NODE_EMPH, .emphasis),
      (CMARK_NODE_STRONG, .strong), (CMARK_NODE_LINK, .link), (CMARK_NODE_IMAGE, .image),
    ]
    kind = table.first { $0.0 == type }?.1 ?? .unknown
    literal = cmark_node_get_literal(node).map { String(cString: $0) }
    url = cmark_node_get_url(node).map { String(cString: $0) }
  }
}
