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
  ///
  /// Works on UTF-8 bytes: both markers' scalars are `EF A3 B0` and `EF A3 B1`, and runs are cut
  /// only at those scalars' edges, so each run is whole scalars (appending scalar by scalar
  /// took 2 G instructions of a cold 1k build).
  static func pieces(of text: String) -> [Piece] {
    var text = text
    return text.withUTF8 { bytes in
      var pieces: [Piece] = []
      var literalStart = 0
      var i = 0
      let n = bytes.count
      func isMarker(_ at: Int, last: UInt8) -> Bool {
        at + 2 < n && bytes[at] == 0xEF && bytes[at + 1] == 0xA3 && bytes[at + 2] == last
      }
      func literal(_ from: Int, _ to: Int) -> Piece {
        .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self))
      }
      while i < n {
        guard isMarker(i, last: 0xB0) else {
          i += 1
          continue
        }
        var end = i + 3
        while end < n, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
        let digits = UnsafeBufferPointer(rebasing: bytes[(i + 3)..<end])
        if !digits.isEmpty, isMarker(end, last: 0xB1),
          let index = Int(String(decoding: digits, as: UTF8.self))
        {
          if literalStart < i { pieces.append(literal(literalStart, i)) }
          pieces.append(.slot(index))
          i = end + 3
          literalStart = i
        } else {
          i += 3
        }
      }
      if literalStart < n { pieces.append(literal(literalStart, n)) }
      return pieces
    }
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
