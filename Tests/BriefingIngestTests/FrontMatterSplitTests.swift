import BriefingModels
import Testing

@testable import BriefingIngest

/// How an article's text is cut into front matter and body.
@Suite struct FrontMatterSplitTests {
  func split(_ text: String) throws -> FrontMatter.Split {
    try FrontMatter.split(text, path: "a.md")
  }

  @Test func textWithoutOpeningLineIsAllBody() throws {
    #expect(try split("Body\n---\n") == .init(yaml: nil, body: "Body\n---\n", bodyLine: 1))
    #expect(try split("----\nx\n---\n").yaml == nil)
  }

  @Test func yamlAndBodyWithTheBodysFileLine() throws {
    let s = try split("---\ntitle: A\ndate: 2025-01-02\n---\nFirst line.\nSecond.\n")
    #expect(
      s == .init(yaml: "title: A\ndate: 2025-01-02", body: "First line.\nSecond.\n", bodyLine: 5))
  }

  @Test func closingLineMayBeDotsOrHaveTrailingSpace() throws {
    #expect(try split("---\na: 1\n...\nBody").body == "Body")
    #expect(try split("--- \t\na: 1\n---  \nBody").yaml == "a: 1")
  }

  @Test func emptyFrontMatterAndEmptyBody() throws {
    #expect(try split("---\n---\nBody") == .init(yaml: "", body: "Body", bodyLine: 3))
    #expect(try split("---\na: 1\n---") == .init(yaml: "a: 1", body: "", bodyLine: 4))
    #expect(try split("---\na: 1\n---\n") == .init(yaml: "a: 1", body: "", bodyLine: 4))
  }

  @Test func unclosedOrOversizedFrontMatterIsAProblemAtLineOne() {
    #expect(throws: Diagnostic.self) { try split("---\ntitle: A\nBody") }
    #expect(throws: Diagnostic.self) { try split("---") }
    let big = "---\n" + String(repeating: "k: v\n", count: IngestLimits.maxFrontMatterBytes / 4)
    #expect(throws: Diagnostic.self) { try split(big + "---\nBody") }
  }

  /// The earlier implementation split the whole text into lines; the scan gives the same cut.
  @Test func sameCutAsSplittingEveryLine() throws {
    let pieces = ["---", "...", "--- ", "a: 1", "", "é ü", "- x", "Body."]
    var seed: UInt64 = 42
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33)
    }
    for _ in 0..<2000 {
      let lines = (0..<(next() % 7)).map { _ in pieces[next() % pieces.count] }
      let text = "---\n" + lines.joined(separator: "\n") + (next() % 2 == 0 ? "\n" : "")
      let expected = Self.lineSplit(text)
      let actual = try? split(text)
      #expect(actual == expected, "\(text.debugDescription)")
    }
  }

  /// The line-splitting cut, kept as the oracle.
  static func lineSplit(_ text: String) -> FrontMatter.Split? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    guard lines.removeFirst().trimmingTrailingSpaces == "---" else {
      return .init(yaml: nil, body: text, bodyLine: 1)
    }
    var yaml: [Substring] = []
    var n = 1
    while let line = lines.first {
      lines.removeFirst()
      n += 1
      let t = line.trimmingTrailingSpaces
      if t == "---" || t == "..." {
        return .init(
          yaml: yaml.joined(separator: "\n"), body: lines.joined(separator: "\n"), bodyLine: n + 1)
      }
      yaml.append(line)
    }
    return nil
  }
}
