import BriefingExtraction
import Foundation
import Testing

@testable import BriefingEvaluation

/// The tuned gold set as training text for the name tagger (`briefing-eval gold-names`).
@Suite("Gold set as name training data")
struct GoldNameDocumentsTests {
  static let root = GoldSetTests.root

  func text(_ doc: NameTrainer.Document, _ span: NameSpan) -> String {
    String(decoding: Array(doc.text.utf8)[span.start..<span.end], as: UTF8.self)
  }

  @Test("every tuned article gives typed spans that are its listed names")
  func tunedSet() throws {
    let docs = try GoldNameDocuments(
      repositoryRoot: Self.root, goldDirectory: Self.root.appendingPathComponent("Evaluation/gold")
    ).load()
    #expect(docs.count >= 19)
    var seen: [String: NameKind] = [:]
    for a in docs {
      for s in a.document.names { seen[text(a.document, s)] = s.kind }
    }
    #expect(seen["Dmitry Peskov"] == .person)
    #expect(seen["Istanbul"] == .place)
    #expect(seen["Rapid Support Forces"] == .organization)
    #expect(seen["RSF"] == .organization)
    // Demonyms and lower-case forms are listed in the gold files but are no names.
    #expect(seen["Russian"] == nil)
    #expect(seen["alliance"] == nil)
  }

  @Test("the held-out group is refused")
  func heldOutRefused() {
    #expect(throws: GoldError.self) {
      try GoldNameDocuments(
        repositoryRoot: Self.root,
        goldDirectory: Self.root.appendingPathComponent("Evaluation/gold/held-out")
      ).load()
    }
  }
}
