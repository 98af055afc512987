import Foundation
import Markdown
import Mustache
import Testing

@testable import BriefingSite

/// swift-mustache is the reference the compiled templates must match: every page of the
/// fixture site (hostile text included) is filled by both, from every template of `templates/`,
/// and must come out byte for byte the same, before and after cmark and the layout.
@Suite("Compiled templates render every page as swift-mustache does")
struct TemplateOracleTests {
  /// `templates/` loaded into swift-mustache as the renderer loaded it before it had its own
  /// compiler: the MARKDOWN pragma on every page template and partial, the layout as HTML.
  static func reference() throws -> (library: MustacheLibrary, layout: MustacheTemplate) {
    _ = MarkdownContentType.registered
    let directory = Fixtures.templates
    var library = MustacheLibrary()
    for folder in [directory, directory.appendingPathComponent("partials")] {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
      for name in names {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        try library.register(
          MarkdownContentType.pragma + text, named: String(name.dropLast(3)))
      }
    }
    let layout = try MustacheTemplate(
      string: String(
        contentsOf: directory.appendingPathComponent("layout.html"), encoding: .utf8))
    return (library, layout)
  }

  @Test("every page, filled, rendered and wrapped, is the reference's", arguments: [nil, 2])
  func everyPage(timelinePageLimit: Int?) throws {
    var renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    if let timelinePageLimit { renderer.timelinePageLimit = timelinePageLimit }
    let reference = try Self.reference()
    var templatesUsed = Set<String>()
    var pages = 0
    for planned in renderer.plan(corpus: Fixtures.corpus(), config: Fixtures.config) {
      let page = planned.prepared()
      guard case .document(let document) = page.content, let context = document.context else {
        continue
      }
      templatesUsed.insert(document.template)
      pages += 1
      let filled = String(
        decoding: renderer.templates.fillPage(document.template, with: context.tree),
        as: UTF8.self)
      let expected = try #require(
        reference.library.render(context.mustacheTree, withTemplate: document.template))
      #expect(filled == expected, "\(page.path)")

      var layout = document.layout
      // The renderer moves list items' opening anchors onto the items after cmark, and leaves
      // out their ends, whatever engine filled the template.
      layout.content = String(
        decoding: ListItemEnds.drop(
          Array(
            ListItemAnchors.hoist(
              try MarkdownDocument.html(markdown: expected, slots: document.slots)
            ).utf8)),
        as: UTF8.self)
      let expectedPage = reference.layout.render(TemplateContext(layout).mustacheTree)
      #expect(String(decoding: try renderer.render(page), as: UTF8.self) == expectedPage)
    }
    #expect(pages > 10)
    #expect(templatesUsed == Set(TemplateSet.requiredPages + TemplateSet.optionalPages))
  }
}
