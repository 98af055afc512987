import Foundation
import Mustache
import Testing

@testable import BriefingSite

/// How swift-mustache renders the nodes of a template tree (``TemplateObject``,
/// ``TemplateList``, ``TemplateValue``, ``TemplateNull``): as it renders the plain dictionaries,
/// arrays, strings, numbers and `NSNull` they stand for.
@Suite("Template trees render as plain dictionaries and arrays would")
struct TemplateTreeRenderingTests {
  struct Item: Codable {
    var text: String
    var date: String?
    var count: Int
  }
  struct Inner: Codable {
    var text: String
    var date: String?
    var flag: Bool
  }
  struct Page: Codable {
    var title: String
    var date: String?
    var count: Int
    var shown: Bool
    var hidden: Bool
    var inner: Inner
    var absent: Inner?
    var items: [Item]
    var none: [Item]
    var words: [String]
    var maybeWords: [String?]
    var links: [String: String]
  }

  static let page = Page(
    title: "Talks <in> \"Istanbul\" & more", date: "1 June", count: 4, shown: true, hidden: false,
    inner: Inner(text: "inner", date: nil, flag: true), absent: nil,
    items: [
      Item(text: "first", date: "2 June", count: 0), Item(text: "second", date: nil, count: 7),
      Item(text: "third", date: "3 June", count: 12),
    ],
    none: [], words: ["alpha", "beta"], maybeWords: ["x", nil, "z"],
    links: ["home": "../", "timeline": "../timeline/"])

  func render(_ template: String, _ page: Page = page) throws -> String {
    try MustacheTemplate(string: template).render(TemplateContext(page).mustacheTree)
  }

  /// The tree swift-mustache would get from the same model as Foundation values.
  static func plain(_ node: Any) -> Any {
    switch node {
    case let object as TemplateObject:
      Dictionary(uniqueKeysWithValues: zip(object.names, object.values.map(plain)))
    case let list as TemplateList: list.items.map(plain)
    case let value as TemplateValue: value.plain
    case is TemplateNull: NSNull()
    default: node
    }
  }

  @Test("names are found in the innermost object that has them, dotted names walk down")
  func lookups() throws {
    #expect(
      try render("{{title}}|{{count}}|{{inner.text}}|{{links.home}}|{{nothing}}")
        == "Talks &lt;in&gt; &quot;Istanbul&quot; &amp; more|4|inner|../|")
    #expect(
      try render("{{#inner}}{{text}} of {{title}}{{/inner}}")
        == "inner of Talks &lt;in&gt; &quot;Istanbul&quot; &amp; more")
    #expect(
      try render("{{#items}}{{text}}/{{count}} in {{links.timeline}};{{/items}}")
        == "first/0 in ../timeline/;second/7 in ../timeline/;third/12 in ../timeline/;")
  }

  @Test("an absent value stops the climb: it is not taken from an enclosing object")
  func nullStopsClimb() throws {
    #expect(try render("{{#items}}[{{date}}]{{/items}}") == "[2 June][][3 June]")
    #expect(
      try render("{{#inner}}{{#date}}dated{{/date}}{{^date}}undated{{/date}}{{/inner}}")
        == "undated")
    #expect(try render("{{#inner}}{{date}}{{/inner}}|{{date}}") == "|1 June")
  }

  @Test("sections repeat over lists, skip empty lists and absent values, show for true")
  func sections() throws {
    #expect(try render("{{#words}}{{.}}{{^last()}}, {{/last()}}{{/words}}") == "alpha, beta")
    #expect(
      try render("{{#none}}never{{/none}}{{#absent}}never{{/absent}}{{#hidden}}never{{/hidden}}")
        == "")
    #expect(
      try render("{{#shown}}shown {{title}}{{/shown}}")
        == "shown Talks &lt;in&gt; &quot;Istanbul&quot; &amp; more")
    #expect(try render("{{#date}}on {{.}}{{/date}}|{{#absent}}x{{/absent}}") == "on 1 June|")
    #expect(try render("{{#maybeWords}}[{{.}}]{{/maybeWords}}") == "[x][][z]")
  }

  @Test("inverted sections show for empty lists, absent values and false only")
  func invertedSections() throws {
    #expect(
      try render("{{^none}}no items of {{title}}{{/none}}")
        == "no items of Talks &lt;in&gt; &quot;Istanbul&quot; &amp; more")
    #expect(
      try render("{{^absent}}absent{{/absent}}{{^hidden}}hidden{{/hidden}}") == "absenthidden")
    #expect(
      try render(
        "{{^items}}x{{/items}}{{^inner}}x{{/inner}}{{^shown}}x{{/shown}}{{^title}}x{{/title}}")
        == "")
  }

  @Test(
    "transforms apply to values, lists and objects as to strings, numbers, arrays and dictionaries")
  func transforms() throws {
    #expect(
      try render("{{uppercased(title)}}|{{plusone(count)}}|{{#even(count)}}even{{/even(count)}}")
        == "TALKS &lt;IN&gt; &quot;ISTANBUL&quot; &amp; MORE|5|even")
    #expect(
      try render(
        "{{count(items)}}|{{#first(items)}}{{text}}{{/first(items)}}|{{#last(words)}}{{.}}{{/last(words)}}"
      )
        == "3|first|beta")
    #expect(
      try render("{{^empty(items)}}some{{/empty(items)}}{{#empty(none)}}|none{{/empty(none)}}")
        == "some|none")
    #expect(
      try render("{{#reversed(words)}}{{.}}{{/reversed(words)}}|{{count(links)}}") == "betaalpha|2")
    #expect(
      try render("{{#sorted(links)}}{{key}}={{value}};{{/sorted(links)}}")
        == "home=../;timeline=../timeline/;")
  }

  @Test("every construct renders byte for byte as on the Foundation tree of the same model")
  func sameAsFoundationTree() throws {
    let templates = [
      "{{title}}{{{title}}}{{&title}}{{count}}{{shown}}{{hidden}}{{inner.text}}{{inner.date}}",
      "{{#items}}{{text}}:{{date}}:{{count}}:{{title}}{{#first()}}F{{/first()}}{{^last()}},{{/last()}}{{/items}}",
      "{{#inner}}{{text}}{{date}}{{#flag}}{{title}}{{/flag}}{{/inner}}{{^inner}}x{{/inner}}",
      "{{#absent}}x{{/absent}}{{^absent}}{{title}}{{/absent}}{{absent}}{{absent.text}}",
      "{{^none}}{{count}}{{/none}}{{#words}}{{.}}{{/words}}{{#maybeWords}}<{{.}}>{{/maybeWords}}",
      "{{#links}}{{home}}{{timeline}}{{/links}}{{uppercased(inner.text)}}{{minusone(count)}}",
      "{{^empty(words)}}{{#reversed(items)}}{{text}}{{/reversed(items)}}{{/empty(words)}}",
      "{{count(words)}}{{#last(items)}}{{date}}{{/last(items)}}{{.inner.text}}{{.text}}",
    ]
    let tree = TemplateContext(Self.page).mustacheTree
    let reference = Self.plain(tree)
    for text in templates {
      let template = try MustacheTemplate(string: text)
      #expect(template.render(tree) == template.render(reference), "\(text)")
    }
  }
}
