import BriefingModels
import Testing

@testable import BriefingExtraction

/// A summary is read away from its article: a sentence of it that opens "He said …" names the
/// person the pronoun stands for, or gives its place to another sentence when nothing says who.
@Suite("Summary sentences that open with a pronoun")
struct SummaryPronounTests {
  static let sentences = [
    "Russia and Ukraine held a second round of direct talks in Istanbul on Monday.",
    "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow after the meeting.",
    "He said the Russian memorandum would be handed over to Kyiv within a week.",
    "The Ukrainian delegation left the Ciragan Palace after just over an hour of talks.",
    "They said the exchange of prisoners would go ahead on the weekend as agreed.",
    "Officials in Ankara said Turkey was ready to host a third round in Istanbul.",
  ]

  func peskov(at sentence: Int) -> Statement {
    Statement(
      party: "dmitry-peskov", speaker: "Dmitry Peskov", cue: "said", stance: .assert,
      text: "the Russian memorandum would be handed over", sentence: sentence)
  }

  @Test("“He said” becomes “Dmitry Peskov said”, the rest of the sentence as written")
  func namesTheSpeaker() {
    let summary = Summarizer.summary(
      sentences: Self.sentences, events: [], statements: [peskov(at: 2)], mentions: [2: 3])
    #expect(
      summary.contains(
        "Dmitry Peskov said the Russian memorandum would be handed over to Kyiv within a week."))
    #expect(!summary.contains { $0.hasPrefix("He ") })
  }

  @Test("a pronoun nobody resolved gives its place to another sentence")
  func skipsAnUnnamedPronoun() {
    // Sentence 4 ("They said …") carries the most facts, but no statement tells who "they" are.
    let summary = Summarizer.summary(
      sentences: Self.sentences, events: [], statements: [], mentions: [4: 3, 5: 2])
    #expect(summary.count == 3)
    #expect(!summary.contains { $0.hasPrefix("They ") || $0.hasPrefix("He ") })
    #expect(summary.contains(Self.sentences[5]))
  }

  @Test("a statement whose verb comes later in the sentence does not name the pronoun")
  func onlyTheSpeakerOfTheOpeningVerb() {
    let sentence = "He met Sergei Lavrov, who later told reporters that the talks had been useful."
    let lavrov = Statement(
      party: "sergei-lavrov", speaker: "Sergei Lavrov", cue: "told", stance: .assert,
      text: "the talks had been useful", sentence: 0)
    #expect(OpeningPronoun.person(sentence: sentence, index: 0, statements: [lavrov]) == nil)
    let direct = "He also told reporters that the talks had been useful."
    #expect(
      OpeningPronoun.person(sentence: direct, index: 0, statements: [lavrov]) == "Sergei Lavrov")
  }

  @Test("words that only start with a pronoun are left alone")
  func wholeWordsOnly() {
    #expect(OpeningPronoun.opening("Herald reporters said the talks ended.") == nil)
    #expect(OpeningPronoun.opening("Theyre") == nil)
    #expect(OpeningPronoun.opening("She added that Kyiv agreed.") == "She")
  }

  @Test("through the extractor: the speaker found for “He” names him in the summary")
  func extractedArticle() throws {
    let briefing = try Extractor(gazetteer: Gazetteer.builtIn()).extract(
      Seed.article(
        "Russia and Ukraine held a second round of direct talks in Istanbul on 2 June 2025. "
          + "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Tuesday. "
          + "He said the memorandum would be handed to Kyiv and Ankara by 9 June 2025. "
          + "The Ukrainian delegation left the palace after just over an hour of talks. "
          + "Turkey said it was ready to host a third round of the talks in Istanbul. "
          + "Prisoner exchanges are expected to continue through the summer."))
    let peskov = try #require(briefing.statements.first { $0.sentence == 2 })
    #expect(peskov.speaker == "Dmitry Peskov")
    #expect(!briefing.summary.contains { $0.hasPrefix("He ") })
    #expect(
      briefing.summary.contains(
        "Dmitry Peskov said the memorandum would be handed to Kyiv and Ankara by 9 June 2025."))
  }
}
