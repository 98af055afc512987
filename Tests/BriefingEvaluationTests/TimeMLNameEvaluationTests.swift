import Foundation
import Testing

@testable import BriefingEvaluation
@testable import BriefingExtraction

/// The second judge of names: the annotated TimeML news split by article, scored with GUM's
/// measures (per type, exact and overlapping span).
@Suite("TimeML news as a judge of names")
struct TimeMLNameEvaluationTests {
  /// One made-up article: "Pacific First Financial Corp." (ORGANIZATION), "Mary Smith"
  /// (PERSON), "Seattle" (PLACE) and "AT&T Corp." (ORGANIZATION).
  static func article() throws -> TimeMLNameDocuments.Annotated {
    let text = "Pacific First Financial Corp. said that Mary Smith of Seattle will lead AT&T Corp."
    let tsv = """
      0\t29\tORGANIZATION\tPacific First Financial Corp.
      40\t50\tPERSON\tMary Smith
      54\t61\tPLACE\tSeattle
      72\t82\tORGANIZATION\tAT&T Corp.
      """
    return TimeMLNameDocuments.Annotated(
      id: "TimeBank/wsj_9999",
      document: try TimeMLNameDocuments.document(text: text, tsv: tsv, file: "wsj_9999.tsv"))
  }

  @Test("an article becomes a news document whose mentions are the annotation's")
  func asGUMDocument() throws {
    let doc = TimeMLNameEvaluation.gumDocument(try Self.article())
    #expect(doc.name == "TimeBank/wsj_9999")
    #expect(doc.isNewsLike)
    #expect(
      doc.flatMentions.map(\.text) == [
        "Pacific First Financial Corp.", "Mary Smith", "Seattle", "AT&T Corp.",
      ])
    #expect(doc.flatMentions.map(\.kind) == [.organization, .person, .place, .organization])
  }

  @Test("an exact hit counts once, a cut span only as an overlap, a wrong type not at all")
  func scoring() throws {
    let score = TimeMLNameEvaluation.score([try Self.article()]) { _ in
      [
        NameSpan(start: 0, end: 23, kind: .organization),  // "Pacific First Financial": cut
        NameSpan(start: 40, end: 50, kind: .person),  // exact
        NameSpan(start: 54, end: 61, kind: .organization),  // Seattle, wrong type
        NameSpan(start: 5, end: 7, kind: .person),  // inside the organisation: spurious type
      ]
    }
    let org = try #require(score.byKind[.organization])
    #expect(org.gold == 2 && org.predicted == 2 && org.exact == 0)
    #expect(org.overlapPredicted == 1 && org.overlapGold == 1)
    let person = try #require(score.byKind[.person])
    #expect(person.exact == 1 && person.predicted == 2 && person.gold == 1)
    #expect(score.all.gold == 4 && score.all.predicted == 4 && score.all.exact == 1)
    #expect(abs(score.all.exactF1 - 0.25) < 1e-9)
    let errors = Set(score.errors.map { "\($0.kind.rawValue) \($0.text)" })
    #expect(errors.contains("span Pacific First Financial Corp."))
    #expect(errors.contains("type Seattle"))
    #expect(errors.contains("missed AT&T Corp."))
  }

  @Test("the split gives each part its articles; an unknown part is an error")
  func split() throws {
    let split = try TimeMLNameSplit.parse(
      """
      # a comment
      id\tpart
      TimeBank/wsj_9999\tdevelopment
      TimeBank/wsj_0001\ttrain
      AQUAINT/APW1\theld-out
      """, file: "split.tsv")
    let docs = [try Self.article()]
    #expect(split.documents(.development, of: docs).map(\.id) == ["TimeBank/wsj_9999"])
    #expect(split.documents(.train, of: docs).isEmpty)
    #expect(split.parts["AQUAINT/APW1"] == .heldOut)
    #expect(throws: GUMError.self) {
      try TimeMLNameSplit.parse("TimeBank/wsj_9999\ttest", file: "split.tsv")
    }
  }

  @Test("the checked-in split holds AQUAINT out and cuts TimeBank in 122 train and 61 development")
  func checkedInSplit() throws {
    let split = try TimeMLNameSplit.load(
      GUMCorpusTests.repoRoot.appendingPathComponent("Evaluation/names-tbaq-split.tsv"))
    let count = { (p: TimeMLNameSplit.Part) in split.parts.values.filter { $0 == p }.count }
    #expect(count(.train) == 122 && count(.development) == 61 && count(.heldOut) == 72)
    #expect(split.parts.allSatisfy { $0.key.hasPrefix("AQUAINT/") == ($0.value == .heldOut) })
  }
}
