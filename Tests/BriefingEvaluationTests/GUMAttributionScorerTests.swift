import BriefingExtraction
import BriefingModels
import Testing

@testable import BriefingEvaluation

/// The attribution scorer on documents the test makes: what counts as found, as the right
/// speaker (by span or through the speaker's chain), and as the right content.
@Suite struct GUMAttributionScorerTests {
  /// A document with one attribution whose content is `content` and whose speaker is `speaker`
  /// (found in the text), in chain `e1`; the chain's named mentions are `names`.
  func document(_ text: String, content: String, speaker: String, names: [String]) -> GUMDocument {
    func span(_ s: String) -> Range<Int> { GUMText.find(s, in: text)! }
    let c = span(content)
    let sp = span(speaker)
    let mentions = names.map { n in
      GUMMention(
        start: span(n).lowerBound, end: span(n).upperBound, kind: .person, text: n, entity: "e1")
    }
    let a = GUMAttribution(
      kind: .positive, contentStart: c.lowerBound, contentEnd: c.upperBound, speakerSpan: sp,
      speakerType: "PERSON", speakerEntity: "e1", speakerHasNamedMention: !names.isEmpty,
      speakerText: speaker, cue: nil)
    return GUMDocument(
      name: "test", genre: "news", gumPartition: "test", text: text, mentions: mentions,
      attributions: [a])
  }

  func statement(_ party: String, _ text: String, sentence: Int) -> Statement {
    Statement(party: party, cue: "said", stance: .assert, text: text, sentence: sentence)
  }

  func briefing(_ doc: GUMDocument, _ sentences: [String], _ statements: [Statement], party: Party)
    -> Briefing
  {
    Briefing(
      article: ArticleMeta(id: "test", path: "test.txt", title: "test", published: nil),
      sentences: sentences, summary: [], parties: [party], events: [], statements: statements,
      timex: [])
  }

  @Test func aPronounSpeakerIsRightWhenThePartyIsNamedInItsChain() throws {
    let text = "Dmitry Peskov spoke in Moscow. He said the talks would go on."
    let doc = document(
      text, content: "the talks would go on", speaker: "He", names: ["Dmitry Peskov"])
    let peskov = Party(
      id: "dmitry-peskov", name: "Dmitry Peskov", kind: .person,
      mentions: [Mention(sentence: 0, text: "Dmitry Peskov")])
    let b = briefing(
      doc, ["Dmitry Peskov spoke in Moscow.", "He said the talks would go on."],
      [statement("dmitry-peskov", "the talks would go on", sentence: 1)], party: peskov)
    let score = GUMAttributionScorer(extractor: Extractor(gazetteer: try Gazetteer.builtIn()))
      .score(b, in: doc)
    #expect(score[.found].recall == 1)
    #expect(score[.speaker].recall == 1 && score[.speaker].precision == 1)
    #expect(score[.content].recall == 1)
  }

  @Test func aStatementInTheRightSentenceWithAnotherSpeakerIsFoundButNotRight() throws {
    let text = "Dmitry Peskov spoke in Moscow. He said the talks would go on."
    let doc = document(
      text, content: "the talks would go on", speaker: "He", names: ["Dmitry Peskov"])
    let russia = Party(
      id: "russia", name: "Russia", kind: .state,
      mentions: [Mention(sentence: 0, text: "Moscow")])
    let b = briefing(
      doc, ["Dmitry Peskov spoke in Moscow.", "He said the talks would go on."],
      [statement("russia", "He said the talks would go on", sentence: 1)], party: russia)
    let score = GUMAttributionScorer(extractor: Extractor(gazetteer: try Gazetteer.builtIn()))
      .score(b, in: doc)
    #expect(score[.found].matchedGold == 1)
    #expect(score[.speaker].matchedGold == 0)
    #expect(score.mistakes.contains { $0.kind == .wrongSpeaker })
  }

  @Test func theContentMustOverlapTheGoldContentByHalf() throws {
    let text = "Microsoft announced on Friday that it is time to say goodbye to an old browser."
    let doc = document(
      text, content: "it is time to say goodbye to an old browser", speaker: "Microsoft",
      names: ["Microsoft"])
    let microsoft = Party(
      id: "microsoft", name: "Microsoft", kind: .organization,
      mentions: [Mention(sentence: 0, text: "Microsoft")])
    let scorer = GUMAttributionScorer(extractor: Extractor(gazetteer: try Gazetteer.builtIn()))
    let right = scorer.score(
      briefing(
        doc, [text],
        [statement("microsoft", "it is time to say goodbye to an old browser", sentence: 0)],
        party: microsoft), in: doc)
    #expect(right[.content].matchedGold == 1)
    let wrong = scorer.score(
      briefing(doc, [text], [statement("microsoft", "on Friday", sentence: 0)], party: microsoft),
      in: doc)
    #expect(wrong[.speaker].matchedGold == 1)
    #expect(wrong[.content].matchedGold == 0)
  }
}
