import Foundation
import Mustache
import Testing

@testable import BriefingSite

/// The template engine's rules, as input → output, and the same templates through
/// swift-mustache (the reference) wherever the two must agree.
@Suite("The template engine: Mustache's rules, Markdown escaping, hostile text stays text")
struct TemplateEngineTests {
  struct Party: Codable {
    var name: String
    var role: String?
  }
  struct Model: Codable {
    var title: String
    var count: Int
    var zero: Int
    var shown: Bool
    var date: String?
    var empty: String
    var parties: [Party]
    var none: [Party]
    var links: [String: String]
  }

  static let model = Model(
    title: "Talks <b>", count: 3, zero: 0, shown: true, date: nil, empty: "",
    parties: [Party(name: "Russia", role: nil), Party(name: "Ukraine", role: "state")], none: [],
    links: ["home": "../"])

  /// `template` filled with `model` by the engine, with `partials`, as in a page template
  /// (Markdown escaping) or in the layout (HTML escaping).
  static func render(
    _ template: String, _ model: some Encodable = model, partials: [String: String] = [:],
    markdown: Bool = true
  ) throws -> String {
    _ = MarkdownContentType.registered
    let prefix = markdown ? MarkdownContentType.pragma : ""
    var library: [String: CompiledTemplate] = [:]
    for (name, text) in partials { library[name] = try TemplateParser.parse(prefix + text) }
    var rendering = TemplateRendering(partials: library)
    rendering.render(try TemplateParser.parse(prefix + template), data: TemplateContext(model).tree)
    return String(decoding: rendering.output, as: UTF8.self)
  }

  /// The same through swift-mustache.
  static func reference(
    _ template: String, _ model: some Encodable = model, partials: [String: String] = [:],
    markdown: Bool = true
  ) throws -> String {
    _ = MarkdownContentType.registered
    let prefix = markdown ? MarkdownContentType.pragma : ""
    var library = MustacheLibrary()
    for (name, text) in partials { try library.register(prefix + text, named: name) }
    try library.register(prefix + template, named: "page")
    return library.render(TemplateContext(model).mustacheTree, withTemplate: "page") ?? "nil"
  }

  @Test(
    "values, sections, inverted sections, transforms and positions as swift-mustache",
    arguments: [
      "{{title}}|{{count}}|{{shown}}|{{date}}|{{links.home}}|{{.links.home}}|{{missing}}",
      "{{#parties}}{{name}}{{#role}} ({{.}}){{/role}}{{^last()}}, {{/last()}}{{/parties}}",
      "{{#parties}}{{index()}}{{#first()}}F{{/first()}}{{#even()}}E{{/even()}}{{/parties}}",
      "{{^none}}none of {{title}}{{/none}}{{#none}}x{{/none}}{{^parties}}x{{/parties}}",
      "{{#date}}x{{/date}}{{^date}}no date{{/date}}{{#empty}}[{{.}}]{{/empty}}",
      "{{#zero}}zero {{.}}{{/zero}}{{#count}}{{plusone(.)}}{{/count}}{{^shown}}x{{/shown}}",
      "{{^empty(parties)}}some{{/empty(parties)}}{{count(parties)}}{{#first(parties)}}{{name}}{{/first(parties)}}",
      "{{#reversed(parties)}}{{name}}{{/reversed(parties)}}{{uppercased(title)}}{{even(count)}}",
      "{{#links}}{{home}}{{title}}{{/links}}{{#sorted(links)}}{{key}}={{value}}{{/sorted(links)}}",
      "{{#parties}}{{#role}}{{name}} is {{.}}{{/role}}{{^role}}{{title}}{{/role}}{{/parties}}",
      "{{^last()}}outside a list{{/last()}}{{#parties}}{{#shown}}{{^last()}}+{{/last()}}{{/shown}}{{/parties}}",
    ])
  func sameAsReference(template: String) throws {
    #expect(try Self.render(template) == Self.reference(template))
    #expect(
      try Self.render(template, markdown: false) == Self.reference(template, markdown: false))
  }

  @Test(
    "standalone tags, comments, partials, indentation and delimiters keep swift-mustache's whitespace",
    arguments: [
      "# {{title}}\n\n{{#parties}}\n- {{name}}\n{{/parties}}\n{{^none}}\nNone.\n{{/none}}\n",
      "  {{#parties}}  \n  {{name}}\n  {{/parties}}\n{{! a comment }}\nend {{! inline }} x\n",
      "{{#parties}}\n{{> item}}\n{{/parties}}\n  {{> item}}\n",
      "list:\n  {{> block}}\ntail {{> item}} inline\n",
      "{{=<% %>=}}\n<% title %> <%# parties %><% name %><%/ parties %>\n<%={{ }}=%>{{count}}\n",
      "a\r\n{{#shown}}\r\nb\r\n{{/shown}}\r\nc",
      "{{% CONTENT_TYPE: HTML }}\n{{title}}\n{{#shown}}{{% CONTENT_TYPE: TEXT }}{{title}}{{/shown}}{{title}}",
      "{{#parties}}{{>item}}{{/parties}}",
    ])
  func whitespace(template: String) throws {
    let partials = [
      "item": "* {{name}} of {{title}}\n",
      "block": "one\n{{#parties}}\n{{name}}\n{{/parties}}\ntwo\n",
    ]
    #expect(
      try Self.render(template, partials: partials)
        == Self.reference(template, partials: partials))
  }

  @Test("article text is literal Markdown text: no HTML, links, images, headings or emphasis")
  func hostileValuesInMarkdown() throws {
    struct Text: Codable { var text: String }
    func fill(_ text: String) throws -> String { try Self.render("{{text}}", Text(text: text)) }
    #expect(try fill("<script>alert(1)</script>") == "&lt;script\\>alert\\(1\\)&lt;\\/script\\>")
    #expect(try fill("[click](javascript:x)") == "\\[click\\]\\(javascript\\:x\\)")
    #expect(try fill("# Heading\n* item") == "\\# Heading \\* item")
    #expect(
      try fill("![img](x.png) **b** `c`") == "\\!\\[img\\]\\(x\\.png\\) \\*\\*b\\*\\* \\`c\\`")
    // A value that looks like a tag is text: never parsed again, its braces escaped.
    #expect(try fill("{{{html.text}}} {{#x}}") == "\\{\\{\\{html\\.text\\}\\}\\} \\{\\{\\#x\\}\\}")
    for text in ["<script>", "[a](b)", "{{{x}}}", "  indented\n\nnext"] {
      #expect(try fill(text) == Self.reference("{{text}}", Text(text: text)))
    }
  }

  @Test("layout values are escaped for HTML exactly as swift-mustache escapes them")
  func hostileValuesInLayout() throws {
    struct Text: Codable { var text: String }
    func fill(_ text: String) throws -> String {
      try Self.render("<p title=\"{{text}}\">{{text}}</p>", Text(text: text), markdown: false)
    }
    #expect(
      try fill("<script>\"x\" & 'y'</script>")
        == "<p title=\"&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;\">"
        + "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</p>")
    // A quote followed by a combining accent is one character, not a quote (swift-mustache).
    for text in ["Türkiye <b>", "'\u{301}x\" é & <", "plain", "\u{1F600}<"] {
      #expect(
        try fill(text)
          == Self.reference("<p title=\"{{text}}\">{{text}}</p>", Text(text: text), markdown: false)
      )
    }
    // Triple mustaches and `&` print trusted values as they are; the layout uses one.
    #expect(try Self.render("{{{text}}}{{& text}}", Text(text: "<b>"), markdown: false) == "<b><b>")
  }

  @Test(
    "syntax errors are located at the line and column swift-mustache reports",
    arguments: [
      "a\n{{#x}}\nb\n", "a\n{{#x}}\n{{/y}}\n", "x {{name\n", "{{{x}}\n", "{{=<%>=}}",
      "line\n  {{% NOPE: X }}", "{{#a}}{{#b}}{{/a}}{{/b}}", "{{x(y}}",
    ])
  func errorLocations(template: String) throws {
    var failure: TemplateParser.Failure?
    do { _ = try TemplateParser.parse(template) } catch { failure = error }
    let mine = try #require(failure)
    var reference: MustacheTemplate.ParserError?
    do { _ = try MustacheTemplate(string: template) } catch let error
      as MustacheTemplate.ParserError
    {
      reference = error
    }
    let theirs = try #require(reference)
    #expect(mine.line == theirs.context.lineNumber)
    #expect(mine.column == theirs.context.columnNumber)
  }

  @Test(
    "a list or an object printed as a value prints nothing (swift-mustache prints its debug text)")
  func containersPrintNothing() throws {
    #expect(try Self.render("[{{parties}}{{links}}]") == "[]")
    #expect(try Self.reference("[{{parties}}]").contains("TemplateList"))
  }

  @Test("template inheritance and dynamic partials are outside the subset: refused where written")
  func unsupported() throws {
    for template in ["x\n{{< base}}{{/base}}", "x\n {{$ block}}{{/block}}", "x\n{{> *dynamic}}"] {
      var failure: TemplateParser.Failure?
      do { _ = try TemplateParser.parse(template) } catch { failure = error }
      #expect(failure?.line == 2, "\(template)")
    }
  }
}
