import BriefingSite

/// The page a tab shows while the latest build has failed: every message, HTML-escaped.
///
/// Messages arrive as `file:line: message` lines from the build; the page shows them verbatim
/// (escaped, so an article's `<script>` is text) and reloads by itself once a build succeeds.
public enum BuildErrorPage {
  public static func html(messages: [String]) -> String {
    let items = messages.map { "<li><pre>\(HTMLEscaper.escape($0))</pre></li>" }.joined(
      separator: "\n")
    return """
      <!doctype html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Build failed · Briefing preview</title>
      <style>
      body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
      h1{color:#a00}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #a00;padding:.75rem;margin:0}
      ul{list-style:none;padding:0}li{margin:0 0 1rem}
      </style>
      </head>
      <body>
      <main>
      <h1>Build failed</h1>
      <p>The site was not rebuilt. Fix the problem below and save: this page reloads by itself.</p>
      <ul class="briefing-build-errors">
      \(items)
      </ul>
      </main>
      </body>
      </html>
      """
  }
}
