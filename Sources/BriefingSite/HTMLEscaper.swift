/// Escapes text for HTML and XML: element content and double-quoted attribute values alike.
///
/// Used for everything BriefingSite writes outside Markdown: the layout's values, the trusted
/// HTML fragments (SVG charts, the marked article text), the Atom feed and the sitemap; and by
/// the preview server's build-error page.
public enum HTMLEscaper {
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      // Characters XML 1.0 forbids; HTML tolerates them badly too.
      case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
        out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
