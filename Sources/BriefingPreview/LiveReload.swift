/// The few lines of JavaScript that reload a tab after each finished build, and where they go.
///
/// Added to HTML responses by the preview server only, never written to `output/`. The page
/// carries the token of the build it was served from; the tab reloads as soon as the
/// event stream announces a different one (Saga's one-line `EventSource`, plus that token so a
/// build finishing between page load and connection is not missed).
public enum LiveReload {
  /// The server-sent events endpoint.
  public static let eventsPath = "/__briefing/events"

  /// The `<script>` element for a page served at build `token`.
  public static func script(token: String) -> String {
    // The token is made of [0-9a-z-] only; nothing here needs escaping.
    """
    <script data-briefing-preview>(function(){var t="\(token)";\
    var s=new EventSource("\(eventsPath)");\
    s.addEventListener("build",function(e){if(e.data!==t){s.close();location.reload();}});\
    window.addEventListener("pagehide",function(){s.close();});})();</script>
    """
  }

  /// `html` with the script placed before the last `</body>`, or at the end when there is none.
  public static func inject(into html: [UInt8], token: String) -> [UInt8] {
    let script = Array(script(token: token).utf8)
    let closingBody = Array("</body>".utf8)
    guard html.count >= closingBody.count else { return html + script }
    var index = html.count - closingBody.count
    while index >= 0 {
      if matchesIgnoringCase(html, at: index, closingBody) {
        return Array(html[..<index]) + script + Array(html[index...])
      }
      index -= 1
    }
    return html + script
  }

  private static func matchesIgnoringCase(_ bytes: [UInt8], at start: Int, _ needle: [UInt8])
    -> Bool
  {
    for offset in needle.indices {
      var byte = bytes[start + offset]
      if byte >= 65 && byte <= 90 { byte += 32 }
      if byte != needle[offset] { return false }
    }
    return true
  }
}
