import Foundation

/// The hostile and broken inputs the tool must survive, made by the tests (the 50 MB file is
/// never committed). Each broken case names the file and line `generate` and `check` must report.
enum HostileCorpus {
  /// An input that must stop the build with `location: … message` on stderr and exit 1.
  struct Broken: Sendable, CustomStringConvertible {
    var name: String
    var file: String
    var bytes: [UInt8]
    /// `content/x.md:3` (or just the path when there is no line).
    var location: String
    var message: String
    var description: String { name }

    init(_ name: String, _ file: String, _ text: String, at location: String, _ message: String) {
      self.init(name, file, bytes: Array(text.utf8), at: location, message)
    }

    init(_ name: String, _ file: String, bytes: [UInt8], at location: String, _ message: String) {
      self.name = name
      self.file = file
      self.bytes = bytes
      self.location = location
      self.message = message
    }
  }

  static let broken: [Broken] = [
    Broken(
      "malformed front matter", "content/bad-yaml.md",
      "---\ntitle: Talks\ntags: [talks, istanbul\nsource: Wire\n---\nText.\n",
      at: "content/bad-yaml.md:4:", "malformed YAML"),
    Broken(
      "unclosed front matter", "content/unclosed.md", "---\ntitle: Talks\nText with no end.\n",
      at: "content/unclosed.md:1:", "never closed"),
    Broken(
      "invalid UTF-8 (Latin-1 bytes)", "content/latin1.txt",
      bytes: Array("Talks in Istanbul.\nThe minister said ".utf8) + [0xE9, 0x74, 0xE9]
        + Array(" was over.\n".utf8),
      at: "content/latin1.txt:2:19:", "invalid UTF-8: byte 0xE9"),
    Broken(
      "binary file", "content/photo.md",
      bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
      at: "content/photo.md:3:1:", "binary file"),
    Broken("empty file", "content/empty.md", "", at: "content/empty.md:1:", "empty file"),
    Broken(
      "front matter and no text", "content/no-body.md", "---\ntitle: T\ndate: 2025-06-02\n---\n\n",
      at: "content/no-body.md:5:", "no text"),
    Broken(
      "impossible date in front matter", "content/feb30.md",
      "---\ntitle: T\ndate: 2025-02-30\n---\nText.\n",
      at: "content/feb30.md:3:", "date 2025-02-30 does not exist"),
    Broken(
      "impossible date in the file name", "content/2025-02-30-talks.txt", "Talks.\n",
      at: "content/2025-02-30-talks.txt:", "the date 2025-02-30 in the file name does not exist"),
    Broken(
      "deeply nested YAML", "content/deep.md",
      "---\ntitle: T\ntags: " + String(repeating: "[", count: 20_000)
        + String(repeating: "]", count: 20_000) + "\n---\nText.\n",
      at: "content/deep.md:3:", "nested deeper than 32 levels"),
    Broken(
      "YAML alias bomb", "content/laughs.md",
      "---\ntitle: T\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        + "tags: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\nText.\n",
      at: "content/laughs.md:", "'tags' must be a list of texts"),
    Broken(
      "wrong type for title", "content/wrong-type.md", "---\ntitle:\n  text: Talks\n---\nText.\n",
      at: "content/wrong-type.md:3:", "'title' must be text, found a mapping"),
    Broken(
      "javascript: URL in front matter", "content/js-url.md",
      "---\ntitle: T\nurl: javascript:alert(document.cookie)\n---\nText.\n",
      at: "content/js-url.md:3:", "'url' must be an http:// or https:// address"),
    Broken(
      "unknown party kind in parties.yml", "content/parties.yml",
      "- name: Harbour Council\n  kind: organization\n- name: Moon Base\n  kind: planet\n",
      at: "content/parties.yml:4:", "'kind' must be one of"),
    Broken(
      "malformed parties.yml", "content/parties.yml", "- name: [unclosed\n  kind: group\n",
      at: "content/parties.yml:2:", "malformed YAML"),
    Broken(
      "javascript: base URL in site.yml", "content/site.yml",
      "title: T\nbaseURL: \"javascript:alert(1)//\"\n",
      at: "content/site.yml:2:", "'baseURL' must be an http:// or https:// address"),
  ]

  /// Text that must come out as text on every page, feed and JSON file.
  static let scriptTitle = "<script>alert(1)</script> **bold** [link](javascript:alert(2))"

  static func writeInjectionArticles(into site: SiteFolder) throws {
    try site.write(
      "content/injection.md",
      """
      ---
      title: "\(scriptTitle)"
      date: 2025-06-02
      source: "<img src=x onerror=alert(3)>"
      author: "</title><script>alert(4)</script>"
      url: "https://example.org/a?b=1&c='x'"
      tags: ["<b>tag</b>", "# heading"]
      parties: ["<script>alert(5)</script> Front"]
      ---
      # <img src=x onerror=alert(6)>

      On Monday, June 2, the <script>alert(7)</script> Front met Russia in Istanbul.
      [click me](javascript:alert(8)) and ![x](javascript:alert(9)) and <a href="javascript:alert(10)">a</a>.
      Russia said the <iframe src=javascript:alert(11)></iframe> Front was ready.

      """)
    try site.write(
      "content/parties.yml",
      """
      - name: "<script>alert(5)</script> Front"
        kind: group
        aliases: ["Front <img src=x onerror=alert(12)>"]
        description: "[x](javascript:alert(13)) <svg onload=alert(14)>"
      """)
  }
}
