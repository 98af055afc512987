import BriefingModels
import Foundation

/// The templates directory, loaded and checked: `layout.html`, page templates (`*.md`),
/// partials (`partials/*.md`) and assets (`assets/**`, copied to the output as they are).
///
/// Every template is parsed once into a ``CompiledTemplate`` (``TemplateParser``). Markdown
/// templates get the MARKDOWN content-type pragma prepended (see ``MarkdownPragma``), so
/// their values are escaped for Markdown, and are refused when they use a tag that would bypass escaping:
/// `{{{x}}}` / `{{&x}}` are allowed only for `html.*` values (trusted fragments BriefingSite
/// built itself), and set-delimiter tags are not allowed at all.
struct TemplateSet: Sendable {
  static let requiredPages = ["home", "briefing", "timeline", "parties", "party", "404", "search"]
  /// Page templates a site may leave out: their page is then not made.
  static let optionalPages = ["disagreements"]

  let directory: URL
  let layout: CompiledTemplate
  /// Page templates and partials by name (a partial named like a page replaces it, as in a
  /// swift-mustache library).
  let library: [String: CompiledTemplate]
  /// Output path (below `assets/`) → bytes, sorted by path.
  let assets: [(path: String, bytes: [UInt8])]
  /// Hash of every template and asset file: part of every page's fingerprint.
  let digest: String

  init(directory: URL) throws {
    self.directory = directory
    let fm = FileManager.default
    var isDir: ObjCBool = false
    guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
      throw Diagnostic(.templatesFolderNotFound, path: directory.path)
    }
    var fingerprint = Fingerprint()

    let layoutURL = directory.appendingPathComponent("layout.html")
    let layoutText = try Self.read(layoutURL, fingerprint: &fingerprint)
    layout = try Self.parse(layoutText, file: layoutURL.path, lineOffset: 0)

    var sources: [(name: String, url: URL, text: String)] = []
    for url in try Self.files(in: directory, extension: "md") {
      sources.append(
        (
          url.deletingPathExtension().lastPathComponent, url,
          try Self.read(url, fingerprint: &fingerprint)
        ))
    }
    let partialsDirectory = directory.appendingPathComponent("partials")
    for url in try Self.files(in: partialsDirectory, extension: "md") {
      sources.append(
        (
          url.deletingPathExtension().lastPathComponent, url,
          try Self.read(url, fingerprint: &fingerprint)
        ))
    }
    for name in Self.requiredPages
    where !sources.contains(where: {
      $0.name == name && $0.url.deletingLastPathComponent().path == directory.path
    }) {
      throw Diagnostic(
        .missingPageTemplate(name), path: directory.appendingPathComponent("\(name).md").path)
    }
    let names = Set(sources.map(\.name))
    var library: [String: CompiledTemplate] = [:]
    for source in sources {
      try Self.check(source.text, file: source.url.path, partials: names)
      library[source.name] = try Self.parse(
        MarkdownPragma.line + source.text, file: source.url.path, lineOffset: 1)
    }
    self.library = library

    var assets: [(String, [UInt8])] = []
    let assetsDirectory = directory.appendingPathComponent("assets")
    if let walker = fm.enumerator(
      at: assetsDirectory, includingPropertiesForKeys: [.isRegularFileKey])
    {
      for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else {
          continue
        }
        let relative = String(
          url.standardizedFileURL.path.dropFirst(assetsDirectory.standardizedFileURL.path.count + 1)
        )
        guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else {
          continue
        }
        let bytes = try Array(Data(contentsOf: url))
        fingerprint.add(relative)
        fingerprint.add(bytes)
        assets.append(("assets/" + relative, bytes))
      }
    }
    self.assets = assets.sorted { $0.0 < $1.0 }
    digest = fingerprint.hex
  }

  /// Page template `name`.md filled with `data`: Markdown, as UTF-8.
  func fillPage(_ name: String, with data: TemplateData, capacity: Int = 0) -> [UInt8] {
    guard let template = library[name] else { return [] }
    var rendering = TemplateRendering(partials: library, capacity: capacity)
    rendering.render(template, data: data)
    return rendering.output
  }

  /// `layout.html` filled with `data` (no partials, as before), as UTF-8.
  func fillLayout(with data: TemplateData, capacity: Int = 0) -> [UInt8] {
    var rendering = TemplateRendering(partials: [:], capacity: capacity)
    rendering.render(layout, data: data)
    return rendering.output
  }

  private static func files(in directory: URL, extension ext: String) throws -> [URL] {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else { return [] }
    return names.filter { $0.hasSuffix(".\(ext)") && !$0.hasPrefix(".") && $0 != "README.md" }
      .sorted()
      .map { directory.appendingPathComponent($0) }
  }

  private static func read(_ url: URL, fingerprint: inout Fingerprint) throws -> String {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw Diagnostic(.missingTemplate(url.lastPathComponent), path: url.path)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic(.templateNotUTF8, path: url.path)
    }
    fingerprint.add(url.lastPathComponent)
    fingerprint.add(data)
    return text
  }

  private static func parse(_ text: String, file: String, lineOffset: Int) throws
    -> CompiledTemplate
  {
    do {
      return try TemplateParser.parse(text)
    } catch {
      throw Diagnostic(
        .templateSyntax(syntax(of: error.error)), path: file, line: max(1, error.line - lineOffset),
        column: error.column)
    }
  }

  /// The parser's error as a diagnostic's case; running off the end of the text (the
  /// reader's overflow) is a tag left unfinished.
  private static func syntax(of error: any Error) -> Problem.TemplateSyntax {
    switch error as? TemplateParser.SyntaxError {
    case .sectionCloseNameIncorrect: .sectionClosedUnderAnotherName
    case .unfinishedName, nil: .unfinishedTag
    case .expectedSectionEnd: .sectionNotClosed
    case .invalidSetDelimiter: .invalidSetDelimiter
    case .unrecognisedConfigVariable, .invalidConfigVariableSyntax: .unknownPragma
    case .unsupported(let what): .unsupported(what)
    }
  }

  /// Refuses tags that would put unescaped text into Markdown, and partials that do not exist.
  static func check(_ text: String, file: String, partials: Set<String>) throws {
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      var rest = line[...]
      while let open = rest.range(of: "{{") {
        let tag = rest[open.upperBound...]
        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
        func fail(_ problem: Problem) -> Diagnostic {
          Diagnostic(problem, path: file, line: index + 1, column: column)
        }
        if let first = tag.first {
          let body = tag.dropFirst().drop { $0 == " " || $0 == "{" }
          let name = String(body.prefix { !" }".contains($0) })
          switch first {
          case "{", "&":
            guard name.hasPrefix("html.") else {
              throw fail(.unescapedTag(name))
            }
          case "=":
            throw fail(.setDelimiterTag)
          case ">":
            guard partials.contains(name) else { throw fail(.unknownPartial(name)) }
          default: break
          }
        }
        rest = tag
      }
    }
  }
}
