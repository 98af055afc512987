import Foundation
import Testing

@testable import BriefingEvaluation
@testable import BriefingExtraction

/// TimeML news with the team's name annotation as training documents: the text comes from the
/// `.tml` file, the mentions from a TSV of byte offsets checked against it.
@Suite("TimeML news as name training data")
final class TimeMLNameDocumentsTests {
  static let tml = """
    <?xml version="1.0" ?>
    <TimeML>
    <DOCID>wsj_9999</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
    <TEXT>
    Pacific First Financial Corp. <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-11-01">yesterday</TIMEX3> that Mary Smith of Seattle will lead AT&amp;T Corp., the bank's parent.
    </TEXT>
    </TimeML>
    """

  static let tsv = """
    1\t30\tORGANIZATION\tPacific First Financial Corp.
    51\t61\tPERSON\tMary Smith
    65\t72\tPLACE\tSeattle
    83\t93\tORGANIZATION\tAT&T Corp.

    """

  /// This test's own folder, removed when the test ends.
  let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("timeml-names-\(UUID().uuidString)")

  deinit { try? FileManager.default.removeItem(at: scratch) }

  /// A fresh folder pair, `ann/` and `text/`, holding the one made-up article in a `TimeBank`
  /// part, as `Evaluation/names-tbaq` and `../shared/corpus/tbaq` are laid out.
  func folders(tsv: String) throws -> (ann: URL, text: URL) {
    let root = scratch.appendingPathComponent(UUID().uuidString)
    let ann = root.appendingPathComponent("ann")
    let text = root.appendingPathComponent("text")
    for dir in [ann, text] {
      try FileManager.default.createDirectory(
        at: dir.appendingPathComponent("TimeBank"), withIntermediateDirectories: true)
    }
    try Self.tml.write(
      to: text.appendingPathComponent("TimeBank/wsj_9999.tml"), atomically: true, encoding: .utf8)
    try tsv.write(
      to: ann.appendingPathComponent("TimeBank/wsj_9999.tsv"), atomically: true, encoding: .utf8)
    try "not an annotation".write(
      to: ann.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
    return (ann, text)
  }

  @Test("an article's TSV on its TimeML text gives the tagger's BIO tags for its tokens")
  func taggedTokens() throws {
    let (ann, text) = try folders(tsv: Self.tsv)
    let docs = try TimeMLNameDocuments(annotations: ann, corpus: text).load()
    #expect(docs.map(\.id) == ["TimeBank/wsj_9999"])
    let doc = try #require(docs.first).document
    #expect(doc.text.hasPrefix("\nPacific First Financial Corp. said yesterday that Mary Smith"))
    let sentences = NameSentence.sentences(of: doc.text, gazetteer: try Gazetteer.builtIn())
    var tagged: [String] = []
    for s in sentences {
      for (token, tag) in zip(s.tokens, s.tags(from: doc.names)) where tag != NameTag.outside {
        let kind = NameTag.kind(tag)!.rawValue
        tagged.append("\(token.text)/\(NameTag.isInside(tag) ? "I" : "B")-\(kind)")
      }
    }
    // The tokenizer cuts "Corp." and "AT&T" in pieces; every piece inside a mention is tagged.
    #expect(
      tagged == [
        "Pacific/B-ORGANIZATION", "First/I-ORGANIZATION", "Financial/I-ORGANIZATION",
        "Corp/I-ORGANIZATION", "./I-ORGANIZATION", "Mary/B-PERSON", "Smith/I-PERSON",
        "Seattle/B-PLACE", "AT/B-ORGANIZATION", "&/I-ORGANIZATION", "T/I-ORGANIZATION",
        "Corp/I-ORGANIZATION", "./I-ORGANIZATION",
      ])
  }

  @Test("a surface that is not the text at its offsets fails, naming the file and line")
  func mismatchedSurface() throws {
    let wrong = Self.tsv.replacingOccurrences(of: "\tMary Smith", with: "\tMary Smyth")
    let (ann, text) = try folders(tsv: wrong)
    let error = #expect(throws: GUMError.self) {
      try TimeMLNameDocuments(annotations: ann, corpus: text).load()
    }
    #expect(error?.message.contains("wsj_9999.tsv line 2") == true)
    #expect(error?.message.contains("\"Mary Smith\"") == true)
  }

  @Test("offsets past the text, an unknown kind or a missing article are errors too")
  func otherFailures() throws {
    #expect(throws: GUMError.self) {
      try TimeMLNameDocuments.document(text: "Oslo", tsv: "0\t9\tPLACE\tOslo", file: "a.tsv")
    }
    #expect(throws: GUMError.self) {
      try TimeMLNameDocuments.document(text: "Oslo", tsv: "0\t4\tCITY\tOslo", file: "a.tsv")
    }
    let (ann, _) = try folders(tsv: Self.tsv)
    let elsewhere = ann.deletingLastPathComponent().appendingPathComponent("ann")
    #expect(throws: GUMError.self) {
      try TimeMLNameDocuments(annotations: ann, corpus: elsewhere).load()
    }
  }
}
