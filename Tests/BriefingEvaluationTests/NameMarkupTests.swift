import BriefingExtraction
import Testing

@testable import BriefingEvaluation

/// The inline `[name|KIND]` format of hand-written training text and of `gold-names`' listing.
@Suite("Name markup")
struct NameMarkupTests {
  @Test("parsing gives the plain text and byte spans, and rendering gives the markup back")
  func roundTrip() throws {
    let marked = "[Airbus|ORGANIZATION] chief [Guillaume Faury|PERSON] spoke in [Toulouse|PLACE]."
    let doc = try NameMarkup.parse(marked, file: "t.txt")
    #expect(doc.text == "Airbus chief Guillaume Faury spoke in Toulouse.")
    #expect(doc.names.map(\.kind) == [.organization, .person, .place])
    #expect(doc.names.first.map { $0.start..<$0.end } == 0..<6)
    #expect(NameMarkup.render(doc.text, doc.names) == marked)
  }

  @Test("an unknown kind or an unclosed bracket names its line")
  func errors() {
    #expect(throws: GUMError.self) { try NameMarkup.parse("ok\n[Apple|COMPANY]", file: "t.txt") }
    #expect(throws: GUMError.self) { try NameMarkup.parse("[Apple|PERSON", file: "t.txt") }
  }
}
