import BriefingModels
import Foundation
import Testing

@testable import BriefingSite

@Suite("Template errors name the file and the line")
struct TemplateErrorTests {
  /// A copy of the real templates in a fresh temporary directory, with `edit` applied.
  static func templates(_ edit: (URL) throws -> Void) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "briefing-templates-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Fixtures.templates, to: dir)
    try edit(dir)
    return dir
  }

  static func error(_ edit: (URL) throws -> Void) throws -> Diagnostic? {
    let dir = try templates(edit)
    defer { try? FileManager.default.removeItem(at: dir) }
    do {
      _ = try SiteRenderer(templatesDirectory: dir)
      return nil
    } catch let error as Diagnostic {
      return error
    }
  }

  @Test("a missing page template")
  func missing() throws {
    let error = try #require(
      try Self.error {
        try FileManager.default.removeItem(at: $0.appendingPathComponent("party.md"))
      })
    #expect(error.path.hasSuffix("/party.md"))
    #expect(error.problem == .missingPageTemplate("party"))
  }

  @Test("a Mustache syntax error, with its line")
  func syntax() throws {
    let error = try #require(
      try Self.error {
        try "# {{title}}\n\nline two\n{{#events}}\nnot closed\n".write(
          to: $0.appendingPathComponent("home.md"), atomically: true, encoding: .utf8)
      })
    #expect(error.path.hasSuffix("/home.md"))
    #expect(error.problem == .templateSyntax(.sectionNotClosed))
    #expect(error.line != nil)
    #expect(error.description.contains("home.md:"))
  }

  @Test("a section closed under another name on line 3 of a partial")
  func partialLine() throws {
    let error = try #require(
      try Self.error {
        try "- a\n- b\n- {{#x}}y{{/z}}\n".write(
          to: $0.appendingPathComponent("partials/event.md"), atomically: true, encoding: .utf8)
      })
    #expect(error.path.hasSuffix("partials/event.md"))
    #expect(error.problem == .templateSyntax(.sectionClosedUnderAnotherName))
    #expect(error.line == 3)
  }

  @Test(
    "unescaped values and set-delimiter tags are refused, except trusted html.*",
    arguments: [
      ("{{{title}}}", Problem.unescapedTag("title")), ("{{& title}}", .unescapedTag("title")),
      ("{{=<% %>=}}", .setDelimiterTag),
    ])
  func unescaped(tag: String, problem: Problem) throws {
    let error = try #require(
      try Self.error {
        try "# Title\n\nx \(tag)\n".write(
          to: $0.appendingPathComponent("search.md"), atomically: true, encoding: .utf8)
      })
    #expect(error.path.hasSuffix("/search.md"))
    #expect(error.problem == problem)
    #expect(error.line == 3)
    #expect(error.column == 3)
  }

  @Test("a partial that does not exist")
  func unknownPartial() throws {
    let error = try #require(
      try Self.error {
        try "# T\n{{> nothing}}\n".write(
          to: $0.appendingPathComponent("search.md"), atomically: true, encoding: .utf8)
      })
    #expect(error.line == 2)
    #expect(error.problem == .unknownPartial("nothing"))
  }
}
