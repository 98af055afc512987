/// Escapes text so that CommonMark reads it as literal text and nothing else.
///
/// Every value that a page template takes from an article passes through here, so article text
/// can never become a heading, a list, emphasis, a link, an image, code or raw HTML:
/// - every ASCII punctuation character gets a backslash (CommonMark's escape for exactly these),
///   except `<` and `&`, which become the entities `&lt;` and `&amp;`;
/// - line breaks, and the whitespace around them, fold into one space, so a value stays inside
///   the block the template put it in; trailing whitespace is dropped (no hard breaks);
/// - leading spaces and tabs become `&#32;`, so a value at the start of a line never indents code;
/// - NUL and the private-use characters that mark trusted slots (``MarkdownSlot``) become
///   U+FFFD, so text can never forge a slot.
///
/// Backslash escapes hold in text, link text, link destinations and link titles; they do not
/// inside code spans, so templates must not put values between backticks.
public enum MarkdownEscaper {
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
    var hasContent = false
    var breakPending = false
    var spaces = 0  // spaces seen since the last content, not yet written
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
        breakPending = true
        continue
      case " ", "\t":
        if !hasContent {
          if !breakPending { out += "&#32;" }
        } else {
          spaces += 1
        }
        continue
      default:
        break
      }
      if hasContent {
        if breakPending {
          out += " "
        } else if spaces > 0 {
          out += String(repeating: " ", count: spaces)
        }
      }
      spaces = 0
      breakPending = false
      hasContent = true
      switch scalar {
      case "<": out += "&lt;"
      case "&": out += "&amp;"
      case "\0": out += "\u{FFFD}"
      case _ where MarkdownSlot.isSentinel(scalar): out += "\u{FFFD}"
      case _ where isASCIIPunctuation(scalar):
        out += "\\"
        out.unicodeScalars.append(scalar)
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// CommonMark's ASCII punctuation: the characters a backslash can escape.
  static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }
}
