import Foundation
import Mustache
import Testing

@testable import BriefingSite

/// What templates see of a view model: its fields by name, nested models as dictionaries,
/// arrays as arrays, and an absent optional as a null that stops Mustache's climb.
@Suite("Template contexts: view models as the trees Mustache reads")
struct TemplateContextTests {
  struct Inner: Codable {
    var text: String
    var date: String?
  }
  struct Outer: Codable {
    var title: String
    var count: Int
    var shown: Bool
    var date: String?
    var inner: Inner
    var items: [Inner]
    var maybe: Inner?
    var links: [String: String]
  }

  let model = Outer(
    title: "T", count: 3, shown: true, date: "1 June", inner: Inner(text: "a", date: nil),
    items: [Inner(text: "b", date: "2 June"), Inner(text: "c", date: nil)], maybe: nil,
    links: ["home": "../"])

  @Test("fields keep their names and values; nested models and arrays become trees")
  func shape() throws {
    let tree = try #require(TemplateContext(model).mustacheTree as? TemplateObject)
    func text(_ value: Any?) -> String? { (value as? TemplateValue)?.renderText }
    #expect(tree.names == ["count", "date", "inner", "items", "links", "maybe", "shown", "title"])
    #expect(text(tree["title"]) == "T")
    #expect((tree["count"] as? TemplateValue)?.plain as? Int == 3)
    #expect(tree["shown"] as? Bool == true)
    #expect(text((tree["inner"] as? TemplateObject)?["text"]) == "a")
    let items = try #require(tree["items"] as? TemplateList)
    #expect(items.count == 2)
    #expect(text((items.items[0] as? TemplateObject)?["date"]) == "2 June")
    #expect(text((tree["links"] as? TemplateObject)?["home"]) == "../")
    #expect(tree["missing"] == nil)
  }

  @Test("an absent optional is a null, at every depth, so it is never taken from a parent")
  func absentIsNull() throws {
    let tree = try #require(TemplateContext(model).mustacheTree as? TemplateObject)
    #expect(tree["maybe"] is TemplateNull)
    #expect((tree["inner"] as? TemplateObject)?["date"] is TemplateNull)
    let items = try #require(tree["items"] as? TemplateList)
    #expect((items.items[1] as? TemplateObject)?["date"] is TemplateNull)
  }

  @Test("a nil date in a list item renders empty, not the enclosing page's date")
  func noClimb() throws {
    let template = try MustacheTemplate(string: "{{#items}}[{{text}}:{{date}}]{{/items}}")
    #expect(template.render(TemplateContext(model).mustacheTree) == "[b:2 June][c:]")
  }

  @Test("values print, escape and transform as the plain strings and numbers would")
  func values() throws {
    let template = try MustacheTemplate(
      string:
        "{{title}}|{{uppercased(title)}}|{{count}}|{{#date}}on {{.}}{{/date}}|{{#inner}}{{#text}}{{count}}{{/text}}{{/inner}}|{{#items}}{{date}};{{/items}}"
    )
    var model = self.model
    model.title = "a <b> & c"
    #expect(
      template.render(TemplateContext(model).mustacheTree)
        == "a &lt;b&gt; &amp; c|A &lt;B&gt; &amp; C|3|on 1 June|3|2 June;;")
  }

  @Test("equal models hash equal; any changed value changes the fingerprint")
  func fingerprints() {
    func hash(_ m: Outer) -> String {
      var f = Fingerprint()
      TemplateContext(m).add(to: &f)
      return f.hex
    }
    var other = model
    #expect(hash(model) == hash(other))
    other.items[1].date = "3 June"
    #expect(hash(model) != hash(other))
    other = model
    other.maybe = Inner(text: "", date: nil)
    #expect(hash(model) != hash(other))
  }
}
