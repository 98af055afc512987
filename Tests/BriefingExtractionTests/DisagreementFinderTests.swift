import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction

/// Disagreements found among articles the tests write: one happening told with two dates and
/// two counts, a death toll told two ways, blame and its denial; and look-alikes that must
/// not be called disagreements (two stages of a series, hedged counts, counts per side).
@Suite("Where sources disagree")
struct DisagreementFinderTests {
  static let gazetteer = try! Gazetteer.builtIn()

  @Test("a sentence's words and series marks read in one pass are those read one by one")
  func wordsAndMarksInOnePass() {
    for sentence in [
      "The second round of talks in Geneva ended on 7 June 2025 without a deal.",
      "Another 1,200 troops arrived; the latest convoy, the first since March, was stopped.",
      "Officials said that 2025 would be the year of further talks, again and again.",
      "", "Ça va: the new Über-Plan, «further» talks – 12345 and 4th.",
    ] {
      let both = Reports.wordsAndMarks(sentence)
      #expect(both.words == Reports.words(sentence), "\(sentence)")
      #expect(both.marks == Reports.seriesMarks(sentence), "\(sentence)")
    }
    #expect(Reports.wordsAndMarks("The second round ended.").marks == ["second"])
  }

  /// An article of one outlet, extracted.
  static func report(_ body: String, id: String, source: String, published: String) -> Briefing {
    Extractor(gazetteer: gazetteer).extract(
      Article(
        meta: ArticleMeta(
          id: id, path: "\(id).txt", title: "Title of \(id)", published: published,
          source: source),
        body: body, format: .text))
  }

  static func assemble(_ briefings: [Briefing]) -> Corpus {
    CorpusAssembler(gazetteer: gazetteer).assemble(briefings)
  }

  static let northExchange = report(
    "Russia and Ukraine exchanged 1,000 prisoners of war at the Belarusian border on June 7.",
    id: "north", source: "North Wire", published: "2025-06-08")
  static let southExchange = report(
    "Russia and Ukraine exchanged 1,200 prisoners of war at the Belarusian border on June 8.",
    id: "south", source: "South Post", published: "2025-06-09")

  @Test("two outlets dating one prisoner exchange a day apart disagree on its date")
  func date() throws {
    let corpus = Self.assemble([Self.northExchange, Self.southExchange])
    let d = try #require(corpus.disagreements.first { $0.kind == .date })
    #expect(d.claims.map(\.article) == ["north", "south"])
    #expect(d.claims.map(\.value) == ["June 7", "June 8"])
    #expect(d.claims.map(\.source) == ["North Wire", "South Post"])
    #expect(d.claims[0].text == Self.northExchange.sentences[0])
    #expect(d.subject == "the exchange involving Russia and Ukraine")
    // Both timeline entries (one per date) point at it.
    let exchanges = corpus.timeline.filter { $0.kind == .exchange }.map(\.id)
    #expect(exchanges.count == 2)
    #expect(Set(d.entries) == Set(exchanges))
  }

  @Test("the same two reports disagree on how many prisoners were exchanged")
  func number() throws {
    let corpus = Self.assemble([Self.northExchange, Self.southExchange])
    let d = try #require(corpus.disagreements.first { $0.kind == .number })
    #expect(d.claims.map(\.value) == ["1,000 prisoners", "1,200 prisoners"])
    #expect(d.subject.hasPrefix("prisoners in the exchange involving Russia and Ukraine"))
    #expect(corpus.disagreements.count == 2)
    #expect(Set(corpus.disagreements.map(\.id)).count == 2)
  }

  @Test("a death toll given as 12 dead and as 15 killed is a disagreement on the number")
  func deathToll() throws {
    let a = Self.report(
      "A Russian missile strike on Kharkiv on June 5 left 12 dead, regional officials said.",
      id: "a", source: "A", published: "2025-06-05")
    let b = Self.report(
      "Russia's missile strike on Kharkiv on June 5 left 15 killed and dozens wounded, "
        + "officials said.", id: "b", source: "B", published: "2025-06-06")
    let found = Self.assemble([a, b]).disagreements
    #expect(found.map(\.kind) == [.number])
    #expect(found.first?.claims.map(\.value) == ["12 dead", "15 killed"])
  }

  @Test("two stages of an exchange on consecutive days are two happenings, not one misdated")
  func series() {
    let first = Self.report(
      "Russia and Ukraine exchanged 300 prisoners of war on June 9 in the first stage of the "
        + "deal.", id: "first", source: "A", published: "2025-06-09")
    let second = Self.report(
      "Russia and Ukraine exchanged 500 prisoners of war on June 10 in the second stage of the "
        + "deal.", id: "second", source: "B", published: "2025-06-10")
    #expect(Self.assemble([first, second]).disagreements.isEmpty)
  }

  @Test("different happenings on different days disagree on nothing")
  func differentEvents() {
    let talks = Self.report(
      "Russian and Ukrainian delegations met in Istanbul on June 2 for a second round of talks.",
      id: "talks", source: "A", published: "2025-06-02")
    let strike = Self.report(
      "A Russian drone attack on Odesa on June 4 killed 3 civilians, the governor said.",
      id: "strike", source: "B", published: "2025-06-04")
    #expect(Self.assemble([talks, strike]).disagreements.isEmpty)
  }

  @Test("a hedged count or a count per side contradicts no exact total")
  func hedges() {
    let a = Self.report(
      "Russia and Ukraine exchanged at least 1,000 prisoners of war on June 9, officials said.",
      id: "a", source: "A", published: "2025-06-09")
    let b = Self.report(
      "Russia and Ukraine exchanged 1,200 prisoners of war on June 9, officials said.",
      id: "b", source: "B", published: "2025-06-09")
    let c = Self.report(
      "Russia and Ukraine exchanged 600 prisoners of war from each side on June 9, officials "
        + "said.", id: "c", source: "C", published: "2025-06-09")
    #expect(Self.assemble([a, b, c]).disagreements.isEmpty)
  }

  @Test(
    "counts are read only where exact",
    arguments: [
      ("Kyiv said 1,200 prisoners came home.", ["prisoners 1200"]),
      ("The strike left 12 dead and 30 injured.", ["dead 12", "wounded 30"]),
      ("Russia returned 27 Russian soldiers.", ["soldiers 27"]),
      ("More than 1,000 prisoners and up to 40 bodies.", []),
      ("It freed 300 more prisoners in 2022 and 1,20 people.", []),
    ])
  func counts(sentence: String, expected: [String]) {
    #expect(CountReader.counts(in: sentence).map { "\($0.thing) \($0.value)" } == expected)
  }

  @Test("one side blames the other and the other denies it: a disagreement on who failed")
  func blame() throws {
    let a = Self.report(
      "Russia said Ukraine failed to show up for the exchange at the border on June 7.",
      id: "a", source: "North Wire", published: "2025-06-08")
    let b = Self.report(
      "Ukraine's Coordination Headquarters rejected Russian claims about the exchange on June 7, "
        + "saying no date had been agreed.", id: "b", source: "South Post",
      published: "2025-06-09")
    let corpus = Self.assemble([a, b])
    let d = try #require(corpus.disagreements.first)
    #expect(corpus.disagreements.count == 1)
    #expect(d.kind == .actor)
    #expect(d.claims.map(\.article) == ["a", "b"])
    #expect(d.claims.map(\.party) == ["russia", "ukrainian-coordination-headquarters"])
    #expect(d.subject == "the exchange of 7 June 2025 (Russia blames Ukraine, which denies it)")
    #expect(d.entries == corpus.timeline.map(\.id))
  }

  @Test("blame nobody denies, or a denial of something else, is no disagreement")
  func blameAlone() {
    let a = Self.report(
      "Russia said Ukraine failed to show up for the exchange at the border on June 7.",
      id: "a", source: "A", published: "2025-06-08")
    let b = Self.report(
      "Ukraine rejected Russian claims about the shelling of Kherson on June 3.",
      id: "b", source: "B", published: "2025-06-04")
    #expect(Self.assemble([a, b]).disagreements.isEmpty)
  }

  @Test("dates a week apart are never chained into one happening through a date between")
  func noChains() throws {
    let reports = [("a", "June 7"), ("b", "June 9"), ("c", "June 11")].map { id, day in
      Self.report(
        "Russia and Ukraine exchanged prisoners of war at the Belarusian border on \(day).",
        id: id, source: id.uppercased(), published: "2025-06-12")
    }
    let dates = Self.assemble(reports).disagreements.filter { $0.kind == .date }
    #expect(dates.count == 1)
    #expect(dates.first?.claims.map(\.value) == ["June 7", "June 9"])
  }

  @Test("a short sentence that only inherits its date from an earlier one claims no date")
  func inheritedDates() {
    let a = Self.report(
      "Russia and Ukraine signed an agreement in Istanbul on June 2. The main points of the "
        + "agreement:", id: "a", source: "A", published: "2025-06-02")
    let b = Self.report(
      "Ukraine and Russia published a statement on June 4. The main points of the agreement:",
      id: "b", source: "B", published: "2025-06-04")
    #expect(Self.assemble([a, b]).disagreements.isEmpty)
  }

  @Test("old corpus JSON without disagreements still decodes, with none")
  func decodesOldJSON() throws {
    let json = #"{"briefings": [], "parties": [], "timeline": []}"#
    let corpus = try JSONDecoder().decode(Corpus.self, from: Data(json.utf8))
    #expect(corpus.disagreements == [])
  }
}
