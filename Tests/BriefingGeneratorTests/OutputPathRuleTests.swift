import Testing

@testable import BriefingGenerator

/// The output path rule answers on bytes for plain paths; whatever it answers must be what the
/// rule read component by component (`OutputPath.explained`) answers, reason included.
@Suite struct OutputPathRuleTests {
  static let names = [
    "index.html", "site.css", "feed.xml", "2025", "06", "con", "CON", "Con.txt", "nul.json",
    "aux", "prn.x", "com1", "COM9.txt", "com0", "lpt5", "lpt", "comx", "conn", "co", "a",
    ".", "..", "", ".briefing-manifest.json", ".briefingx", ".hidden", "..con", ".con",
    "a b", "é", "x~y+z@w_v-u.t", String(repeating: "a", count: 255),
    String(repeating: "b", count: 256), "c\u{0}", "q?", "a.b.c", "c.o.n", "auxiliary",
  ]

  @Test func theFastAnswerIsTheRulesAnswer() {
    var paths: [String] = []
    for a in Self.names {
      paths.append(a)
      paths.append("/" + a)
      paths.append(a + "/")
      for b in ["index.html", "con", "x"] { paths.append(a + "/" + b) }
      paths.append("timeline/" + a + "/index.html")
    }
    paths.append(String(repeating: "abcdefghi/", count: 103) + "x")  // 1,031 bytes
    paths.append(String(repeating: "abcdefghi/", count: 102) + "x")  // 1,021 bytes
    var differing = 0
    for path in paths where OutputPath.problem(with: path) != OutputPath.explained(path) {
      differing += 1
      Issue.record("\(path.prefix(80)): \(String(describing: OutputPath.problem(with: path)))")
    }
    #expect(differing == 0)
    #expect(OutputPath.problem(with: "briefings/con/index.html") != nil)
    #expect(OutputPath.problem(with: "briefings/a-b/index.html") == nil)
  }
}
