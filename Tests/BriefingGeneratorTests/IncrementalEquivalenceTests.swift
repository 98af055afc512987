import Foundation
import Testing

@testable import BriefingGenerator

/// `briefing generate` run again and again on one folder, with the real extractor, assembler
/// and templates, through edits, additions, deletions and renames of articles: after each
/// change its output/ must be, byte for byte, what a cold build of the same content makes.
/// This pins the guarantee any incremental shortcut (keys, caches, stored summaries) must keep.
@Suite("An incremental generate makes the site a cold build makes")
struct IncrementalEquivalenceTests {
  static let countries = ["France", "Germany", "Ukraine", "Russia", "Turkey", "Poland"]
  static let cities = ["Paris", "Berlin", "Kyiv", "Moscow", "Ankara", "Warsaw"]
  static let weekdays = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  /// Article `i` of the generated corpus: a dated report naming two countries, a quote and a
  /// dated event, so that it reaches briefing, party, timeline and search pages.
  static func article(_ i: Int, variant: String = "") -> String {
    let a = countries[i % countries.count]
    let b = countries[(i + 1) % countries.count]
    let city = cities[(i + 2) % cities.count]
    let day = 2 + i  // June 2, 2025 was a Monday
    let weekday = weekdays[(day - 2) % weekdays.count]
    return """
      ---
      title: \(a) and \(b) talk about grain in \(city) \(i)
      date: 2025-06-\(String(format: "%02d", day + 1))
      ---
      \(a) and \(b) met in \(city) on \(weekday), June \(day), to discuss grain exports.
      "We will not accept delays," the foreign minister of \(a) said.
      \(b) rejected the proposal and said talks would resume in July. \(variant)

      """
  }

  /// A sentence on the exchange of 10 June giving `count` prisoners: two articles giving
  /// different counts disagree.
  static func exchange(_ count: Int) -> String {
    "On Tuesday, June 10, Russia and Ukraine exchanged \(count) prisoners of war in Istanbul."
  }

  /// A sentence on the exchange at the border dated June `day`: two articles dating it a day
  /// apart disagree on its date (the date rule's kept verdicts).
  static func datedExchange(_ day: Int) -> String {
    "Russia and Ukraine exchanged 1,000 prisoners of war at the Belarusian border on June \(day)."
  }

  /// content/parties.yml with one party, the Grain Council, under `name`.
  static func parties(name: String, parent: String? = nil) -> String {
    """
    - id: grain-council
      name: \(name)
      kind: organization
      aliases: [Grain Council]
    \(parent.map { "  parent: \($0)\n" } ?? "")
    """
  }

  static func temporaryRoot() throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-incremental-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("content/articles"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: ResidentRebuildTests.repository.appendingPathComponent("templates"),
      to: root.appendingPathComponent("templates"))
    return root
  }

  /// A cold build of `root`'s content: its output/ files. The incremental build's output/ and
  /// caches are moved aside meanwhile and put back after, so the next change builds on them.
  /// (Same folder, since a briefing's JSON names its article's path.)
  static func coldFiles(of root: URL) throws -> [String: Data] {
    let fm = FileManager.default
    let kept = ["output", ".briefing-cache"]
    for name in kept {
      try fm.moveItem(
        at: root.appendingPathComponent(name), to: root.appendingPathComponent(name + ".kept"))
    }
    defer {
      for name in kept {
        try? fm.removeItem(at: root.appendingPathComponent(name))
        try? fm.moveItem(
          at: root.appendingPathComponent(name + ".kept"), to: root.appendingPathComponent(name))
      }
    }
    _ = try SiteGenerator(options: ResidentRebuildTests.options(root, nil)).generate()
    return try ResidentRebuildTests.files(root)
  }

  @Test("edits, an addition, a deletion and a rename, each checked against a cold build")
  func everyChangeMatchesAColdBuild() throws {
    let root = try Self.temporaryRoot()
    defer { try? FileManager.default.removeItem(at: root) }
    let articles = root.appendingPathComponent("content/articles")
    func write(_ name: String, _ text: String) throws {
      try text.write(to: articles.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    for i in 0..<8 { try write("a\(i).md", Self.article(i)) }
    _ = try SiteGenerator(options: ResidentRebuildTests.options(root, nil)).generate()

    let changes: [(String, () throws -> Void)] = [
      ("a word edited", { try write("a3.md", Self.article(3, variant: "Grain prices rose.")) }),
      (
        "a new dated event",
        {
          try write("a5.md", Self.article(5, variant: "On Friday, June 13, envoys met in Rome."))
        }
      ),
      (
        "a report joining another article's date (the kept timeline merge of that date)",
        {
          try write(
            "a6.md",
            Self.article(6, variant: "On Tuesday, June 3, France and Germany met in Berlin."))
        }
      ),
      (
        "a count one source gives differently (a new disagreement between two articles)",
        {
          try write("a0.md", Self.article(0, variant: Self.exchange(300)))
          try write("a7.md", Self.article(7, variant: Self.exchange(320)))
        }
      ),
      (
        "the disputed count changed",
        { try write("a7.md", Self.article(7, variant: Self.exchange(350))) }
      ),
      (
        "a relation added (an accusation)",
        {
          try write(
            "a3.md",
            Self.article(3, variant: "Turkey accused Poland of blocking the grain corridor."))
        }
      ),
      (
        "the disagreement resolved",
        { try write("a7.md", Self.article(7, variant: Self.exchange(300))) }
      ),
      (
        "a party added in content/parties.yml, which an article accuses",
        {
          try Self.parties(name: "Grain Council").write(
            to: root.appendingPathComponent("content/parties.yml"), atomically: true,
            encoding: .utf8)
          try write(
            "a5.md", Self.article(5, variant: "The Grain Council accused Russia of delays."))
        }
      ),
      (
        "that party renamed in content/parties.yml",
        {
          try Self.parties(name: "Black Sea Grain Council").write(
            to: root.appendingPathComponent("content/parties.yml"), atomically: true,
            encoding: .utf8)
        }
      ),
      (
        "that party given a parent (another side for the relations and blame rules)",
        {
          try Self.parties(name: "Black Sea Grain Council", parent: "russia").write(
            to: root.appendingPathComponent("content/parties.yml"), atomically: true,
            encoding: .utf8)
        }
      ),
      (
        "one exchange dated a day apart by two articles (a date disagreement)",
        {
          try write("a1.md", Self.article(1, variant: Self.datedExchange(7)))
          try write("a2.md", Self.article(2, variant: Self.datedExchange(8)))
        }
      ),
      (
        "a third article dating it a day later still (the first pair's verdict kept)",
        { try write("a4.md", Self.article(4, variant: Self.datedExchange(9))) }
      ),
      (
        "the second article's date corrected (the date disagreement narrowed)",
        { try write("a2.md", Self.article(2, variant: Self.datedExchange(7))) }
      ),
      (
        "a word no other article has (a new search term)",
        { try write("a4.md", Self.article(4, variant: "Quinoa zymurgy resumed.")) }
      ),
      (
        "words moved from the text into the title (the search terms' title ids)",
        {
          try write(
            "a4.md",
            Self.article(4).replacingOccurrences(of: "title: ", with: "title: Quinoa zymurgy "))
        }
      ),
      (
        "a torn search pack (a build killed while appending) and an edit",
        {
          let pack = root.appendingPathComponent(".briefing-cache/search.pack")
          let bytes = try Data(contentsOf: pack)
          try bytes.prefix(bytes.count - 40).write(to: pack)
          try write("a3.md", Self.article(3, variant: "Grain prices fell."))
        }
      ),
      ("an article added", { try write("a8.md", Self.article(8)) }),
      (
        "an article deleted",
        {
          try FileManager.default.removeItem(at: articles.appendingPathComponent("a1.md"))
        }
      ),
      (
        "an article renamed",
        {
          try FileManager.default.moveItem(
            at: articles.appendingPathComponent("a2.md"),
            to: articles.appendingPathComponent("renamed.md"))
        }
      ),
      ("an edit undone", { try write("a3.md", Self.article(3)) }),
    ]
    for (what, change) in changes {
      // A file changed within 2 s of the build that read it is read again: no wait needed.
      try change()
      _ = try SiteGenerator(options: ResidentRebuildTests.options(root, nil)).generate()
      let incremental = try ResidentRebuildTests.files(root)
      let cold = try Self.coldFiles(of: root)
      #expect(Set(incremental.keys) == Set(cold.keys), "after \(what): the same files")
      // The manifest is not compared: a cold build records no fingerprint for a page it
      // writes for the first time.
      for (path, bytes) in cold
      where incremental[path] != bytes && path != ".briefing-manifest.json" {
        Issue.record("after \(what): \(path) differs from a cold build's")
      }
    }
  }
}
