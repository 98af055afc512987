import BriefingModels
import Testing

/// A diagnostic's text is made in one place: `file:line:column: severity: message`.
@Suite struct DiagnosticTests {
  @Test("a diagnostic prints its location, severity and message like a compiler")
  func description() {
    let d = Diagnostic(.notADate(found: "soon"), path: "content/a.md", line: 4, column: 2)
    #expect(d.description == "content/a.md:4:2: error: date must be YYYY-MM-DD, found 'soon'")
  }

  @Test("the page being rendered is added to the message")
  func page() {
    let d = Diagnostic(
      .missingSlot(3), at: FileLocation(file: "templates/home.md"), page: "index.html")
    #expect(d.message == "slot 3 has no HTML fragment (while rendering index.html)")
  }

  @Test("output refusals and file operations say what and why")
  func output() {
    #expect(
      Problem.outputRefused(.isFolder(.content)).message
        == "the output folder is the content folder")
    #expect(
      Problem.outputOperationFailed(.replace, reason: "Permission denied").message
        == "cannot replace: Permission denied")
    #expect(
      Problem.templateSyntax(.sectionNotClosed).message == "Mustache syntax: section not closed")
  }
}
