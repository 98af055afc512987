import ArgumentParser

/// The folders a build reads and writes; shared by generate, preview and check.
struct SiteOptions: ParsableArguments {
  @Option(help: "Folder of articles, site.yml and parties.yml.")
  var content: String = "content"

  @Option(help: "Folder of layout.html, page templates, partials and assets.")
  var templates: String = "templates"

  @Option(help: "Folder the site is written to.")
  var output: String = "output"
}
