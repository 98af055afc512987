/// A place in a Markdown document that will hold trusted HTML built outside Markdown.
///
/// cmark renders with raw HTML off, so HTML that the site builds itself (inline SVG charts,
/// `<mark>`ed sentences) cannot travel through Markdown. Instead a template writes a slot marker
/// (two private-use characters around a number) where it belongs; after cmark has parsed the
/// document, ``MarkdownDocument/html(slots:)`` replaces each marker with its fragment: a
/// paragraph that is only a marker becomes a block, a marker inside text an inline piece.
/// ``MarkdownEscaper`` turns these private-use characters in text into U+FFFD, so escaped text
/// can never produce a marker: only the program that fills the slots can.
public enum MarkdownSlot {
  static let open: Unicode.Scalar = "\u{F8F0}"
  static let close: Unicode.Scalar = "\u{F8F1}"

  /// The marker for slot `index`.
  public static func marker(_ index: Int) -> String {
    "\(Character(open))\(index)\(Character(close))"
  }

  /// Splits text into literal runs and slot indices, in order.
  static func pieces(of text: String) -> [Piece] {
    var pieces: [Piece] = []
    var literal = ""
    var scalars = text.unicodeScalars[...]
    while let s = scalars.first {
      scalars = scalars.dropFirst()
      guard s == open else {
        literal.unicodeScalars.append(s)
        continue
      }
      let digits = scalars.prefix { $0.properties.numericType == .decimal && $0.isASCII }
      let rest = scalars.dropFirst(digits.count)
      if !digits.isEmpty, rest.first == close,
        let index = Int(String(String.UnicodeScalarView(digits)))
      {
        if !literal.isEmpty { pieces.append(.text(literal)) }
        literal = ""
        pieces.append(.slot(index))
        scalars = rest.dropFirst()
      } else {
        literal.unicodeScalars.append(s)
      }
    }
    if !literal.isEmpty { pieces.append(.text(literal)) }
    return pieces
  }

  enum Piece: Equatable {
    case text(String)
    case slot(Int)
  }
}

/// A slot marker whose index has no fragment: a template or program error, never article text.
public struct MarkdownSlotError: Error, CustomStringConvertible {
  public var index: Int
  public var description: String { "slot \(index) has no HTML fragment" }
}
