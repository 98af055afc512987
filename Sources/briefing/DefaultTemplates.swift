import Foundation

/// Finds the default templates for `briefing init`.
///
/// The repository's templates/ folder is the one source of truth, so it is located rather than
/// copied into the binary: an explicit path, `$BRIEFING_TEMPLATES`, the checkout the tool was
/// built in (walking up from the executable to a folder with `Package.swift` and
/// `templates/layout.html`), or `<prefix>/share/briefing/templates` for an installed tool.
enum DefaultTemplates {
  static func locate(explicit: String? = nil) -> URL? {
    var candidates: [URL] = []
    if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
    if let env = ProcessInfo.processInfo.environment["BRIEFING_TEMPLATES"], !env.isEmpty {
      candidates.append(URL(fileURLWithPath: env))
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let start =
      FileManager.default.fileExists(atPath: executable.path) && executable.path != "/proc/self/exe"
      ? executable : URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = start.deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        candidates.append(folder.appendingPathComponent("templates"))
        break
      }
      folder.deleteLastPathComponent()
    }
    candidates.append(
      start.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("share/briefing/templates"))
    return candidates.first {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("layout.html").path)
    }
  }
}
