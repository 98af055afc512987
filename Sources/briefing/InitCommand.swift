import ArgumentParser
import Foundation

/// `briefing init DIR`: a new site that generates: content/ with one article, site.yml and
/// parties.yml, a copy of the default templates, and a .gitignore.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new site that generates.",
    discussion: """
      The default templates are copied from --templates-from, else $BRIEFING_TEMPLATES,
      else the templates/ folder of the Briefing checkout the tool was built in, else
      <prefix>/share/briefing/templates beside an installed tool.
      """
  )

  @Argument(help: "Folder for the new site (created; must be empty if it exists).")
  var directory: String

  @Option(help: "Templates to copy instead of the default ones.")
  var templatesFrom: String?

  func run() throws {
    let root = URL(fileURLWithPath: directory)
    let fm = FileManager.default
    if let existing = try? fm.contentsOfDirectory(atPath: root.path),
      existing.contains(where: { !$0.hasPrefix(".") })
    {
      Terminal.error("\(directory): not empty; refusing to write a new site into it")
      throw ExitCode(1)
    }
    guard let templates = DefaultTemplates.locate(explicit: templatesFrom) else {
      Terminal.error(
        "cannot find the default templates; pass --templates-from PATH or set BRIEFING_TEMPLATES")
      throw ExitCode(1)
    }
    do {
      try SiteSkeleton.write(into: root, templates: templates)
    } catch {
      Terminal.error("\(directory): \(error.localizedDescription)")
      throw ExitCode(1)
    }
    print("Created a new site in \(directory). Next:\n  cd \(directory)\n  briefing generate")
  }
}
