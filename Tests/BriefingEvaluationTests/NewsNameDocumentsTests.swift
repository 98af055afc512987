import BriefingExtraction
import Foundation
import Testing

@testable import BriefingEvaluation

/// The fresh-news names judge: reports in `articles/`, their hand annotation in `annotations/`,
/// a split by report; the checked-in files must agree with each other.
@Suite("Fresh news as a names judge")
final class NewsNameDocumentsTests {
  static let folder = GUMCorpusTests.repoRoot.appendingPathComponent("Evaluation/names-news")
  static let splitFile = GUMCorpusTests.repoRoot.appendingPathComponent(
    "Evaluation/names-news-split.tsv")
  static let secondFolder = GUMCorpusTests.repoRoot.appendingPathComponent(
    "Evaluation/names-news-2")
  static let secondSplitFile = GUMCorpusTests.repoRoot.appendingPathComponent(
    "Evaluation/names-news-2-split.tsv")

  /// This test's own folder, removed when the test ends.
  let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("news-names-\(UUID().uuidString)")

  deinit { try? FileManager.default.removeItem(at: scratch) }

  /// A fresh judge folder holding one made-up report and the given annotation of it.
  func judge(tsv: String, extraArticle: Bool = false) throws -> URL {
    let root = scratch.appendingPathComponent(UUID().uuidString)
    for sub in ["articles", "annotations"] {
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    try "Toyota said in Oslo that Mari Berg will lead Statoil ASA.\n".write(
      to: root.appendingPathComponent("articles/2020-01-01-x-one.txt"), atomically: true,
      encoding: .utf8)
    if extraArticle {
      try "Nothing here.\n".write(
        to: root.appendingPathComponent("articles/2020-01-02-x-two.txt"), atomically: true,
        encoding: .utf8)
    }
    try tsv.write(
      to: root.appendingPathComponent("annotations/2020-01-01-x-one.tsv"), atomically: true,
      encoding: .utf8)
    return root
  }

  static let tsv = """
    0\t6\tORGANIZATION\tToyota
    15\t19\tPLACE\tOslo
    25\t34\tPERSON\tMari Berg
    45\t56\tORGANIZATION\tStatoil ASA

    """

  @Test("a report's annotation is laid on its text, one document per report")
  func loads() throws {
    let docs = try NewsNameDocuments(folder: try judge(tsv: Self.tsv)).load()
    #expect(docs.map(\.id) == ["2020-01-01-x-one"])
    let doc = try #require(docs.first).document
    #expect(doc.names.map { $0.kind } == [.organization, .place, .person, .organization])
  }

  @Test("a surface that is not the text, or a report without annotation, is an error")
  func failures() throws {
    let wrong = Self.tsv.replacingOccurrences(of: "\tOslo", with: "\tOsló")
    let error = #expect(throws: GUMError.self) {
      try NewsNameDocuments(folder: try judge(tsv: wrong)).load()
    }
    #expect(error?.message.contains("2020-01-01-x-one.tsv line 2") == true)
    #expect(throws: GUMError.self) {
      try NewsNameDocuments(folder: try judge(tsv: Self.tsv, extraArticle: true)).load()
    }
  }

  @Test("every checked-in report is annotated, its mentions flat, sorted and its own text")
  func checkedInAnnotation() throws {
    // `load` checks each surface against the text and the order and flatness of the mentions.
    let docs = try NewsNameDocuments(folder: Self.folder).load()
    #expect(docs.count == 40)
    let mentions = docs.flatMap(\.document.names)
    #expect(mentions.count == 562)
    #expect(mentions.filter { $0.kind == .organization }.count == 222)
  }

  @Test("the checked-in split names every report once, half development, half held out")
  func checkedInSplit() throws {
    let text = try String(contentsOf: Self.splitFile, encoding: .utf8)
    let names = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("name\t") }
      .map { String($0.split(separator: "\t")[0]) }
    #expect(names.count == Set(names).count)
    let split = try NewsNameDocuments.split(Self.splitFile)
    let reports = try NewsNameDocuments.names(
      in: Self.folder.appendingPathComponent("articles"), ending: ".txt")
    #expect(Set(split.parts.keys) == Set(reports))
    #expect(split.parts.values.filter { $0 == .development }.count == 20)
    #expect(split.parts.values.filter { $0 == .heldOut }.count == 20)
  }

  @Test("the second set: every report annotated, its mentions flat, sorted and its own text")
  func secondSetAnnotation() throws {
    let docs = try NewsNameDocuments(folder: Self.secondFolder).load()
    #expect(docs.count == 37)
    let mentions = docs.flatMap(\.document.names)
    #expect(mentions.count == 381)
    #expect(mentions.filter { $0.kind == .organization }.count == 167)
    #expect(mentions.filter { $0.kind == .person }.count == 93)
    // No report of this set is also in the first one.
    let first = try NewsNameDocuments.names(
      in: Self.folder.appendingPathComponent("articles"), ending: ".txt")
    #expect(Set(docs.map(\.id)).isDisjoint(with: first))
  }

  @Test("the second set's split names every report once, all held out")
  func secondSetSplit() throws {
    let text = try String(contentsOf: Self.secondSplitFile, encoding: .utf8)
    let names = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("name\t") }
      .map { String($0.split(separator: "\t")[0]) }
    #expect(names.count == Set(names).count)
    let split = try NewsNameDocuments.split(Self.secondSplitFile)
    let reports = try NewsNameDocuments.names(
      in: Self.secondFolder.appendingPathComponent("articles"), ending: ".txt")
    #expect(Set(split.parts.keys) == Set(reports))
    #expect(split.parts.values.allSatisfy { $0 == .heldOut })
  }

  @Test("the default folder and split file follow the set's name")
  func defaultsBySet() {
    #expect(NewsNameDocuments.defaultFolder().lastPathComponent == "names-news")
    #expect(
      NewsNameDocuments.defaultFolder(set: "names-news-2").lastPathComponent == "names-news-2")
    #expect(
      NewsNameDocuments.defaultSplitFile(set: "names-news-2").lastPathComponent
        == "names-news-2-split.tsv")
  }
}
