import Foundation

/// The files of a new site written by `briefing init`: one example article whose parties are
/// defined in parties.yml, site.yml, the templates, and a .gitignore for output and cache.
enum SiteSkeleton {
  static let siteYAML = """
    # Settings of this briefing site.
    title: "My Briefing"
    baseURL: "http://localhost:8080/"
    language: en
    timeZone: UTC
    description: A briefing site made with Briefing.
    publish:
      local: "dir:../my-briefing-copy"

    """

  static let partiesYAML = """
    # Parties you want recognised under all their names; they extend the built-in gazetteer.
    # Fields: id, name, kind (state|organization|person|group), parent, aliases, role, description.
    - name: Harbour Council
      kind: organization
      aliases: [the council]
      description: The body that runs the port of Alba.
    - name: Fishermen's Union
      kind: group
      aliases: [the union]

    """

  static let article = """
    ---
    title: Harbour Council and Fishermen's Union open quota talks
    date: 2025-06-03
    source: Example Desk
    tags: [example]
    parties: [Harbour Council, Fishermen's Union]
    ---
    On Monday, June 2, the Harbour Council and the Fishermen's Union met in Alba to discuss new
    fishing quotas. The Harbour Council said it was committed to reaching an agreement by
    Friday, June 6. The union denied that the talks had stalled.

    This is an example article: edit it or delete it, add your own articles to content/
    (Markdown with front matter, or plain .txt), then run `briefing generate`.

    """

  static func write(into root: URL, templates: URL) throws {
    let fm = FileManager.default
    let content = root.appendingPathComponent("content")
    try fm.createDirectory(at: content, withIntermediateDirectories: true)
    try Data(siteYAML.utf8).write(to: content.appendingPathComponent("site.yml"))
    try Data(partiesYAML.utf8).write(to: content.appendingPathComponent("parties.yml"))
    try Data(article.utf8).write(to: content.appendingPathComponent("2025-06-03-quota-talks.md"))
    try Data("output/\n.briefing-cache/\n".utf8).write(
      to: root.appendingPathComponent(".gitignore"))
    try fm.copyItem(at: templates, to: root.appendingPathComponent("templates"))
  }
}
