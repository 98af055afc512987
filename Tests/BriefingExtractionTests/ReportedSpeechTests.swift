import BriefingModels
import Testing

@testable import BriefingExtraction

/// Who said what, for any speaker: the cases of issue 15, one sentence each.
@Suite("Reported speech")
struct ReportedSpeechTests {
  func statements(_ text: String, hints: [String] = []) throws -> [Statement] {
    var article = Seed.article(text)
    article.partyHints = hints
    return try Extractor(gazetteer: Gazetteer.builtIn()).extract(article).statements
  }

  @Test("“told reporters … that X”: the content is X, not whom it was told")
  func addressee() throws {
    let found = try statements(
      "The head of the Russian delegation, presidential aide Vladimir Medinsky, told reporters after the session that the two sides had agreed to exchange at least 1,000 prisoners on each side."
    )
    let st = try #require(found.first)
    #expect(found.count == 1)
    #expect(st.party == "vladimir-medinsky")
    #expect(st.cue == "told")
    #expect(st.text.hasPrefix("the two sides had agreed to exchange"))
    #expect(!st.text.contains("reporters"))
  }

  @Test("“said on Sunday that X” and “told Reuters X”: no time and no addressee in the content")
  func phrasesBeforeThat() throws {
    let found = try statements(
      "The Kremlin said on Sunday that the talks would go on. Ukraine told reporters the lists were ready."
    )
    #expect(found.map(\.text) == ["the talks would go on", "the lists were ready"])
  }

  @Test("“GM reported X, and Chrysler announced Y”: a later clause with its own subject speaks")
  func clauseOfItsOwn() throws {
    let found = try statements(
      "General Motors reported a quarterly loss of $2.5 billion on Tuesday, and Chrysler announced it would cut 1,200 jobs. Ukraine confirmed the agreement and said the memorandum would be studied."
    )
    #expect(found.map(\.party) == ["general-motors", "chrysler", "ukraine"])
    #expect(found.first?.text == "a quarterly loss of $2.5 billion on Tuesday")
    #expect(found.dropFirst().first?.text == "it would cut 1,200 jobs")
  }

  @Test("“Apple Inc. chief executive Steve Jobs said”: the person nearest the cue speaks")
  func nearestPartySpeaks() throws {
    let found = try statements(
      "Apple Inc. chief executive Steve Jobs said the company would ship the iPhone in June."
    )
    #expect(found.map(\.party) == ["steve-jobs"])
  }

  @Test("“Boeing delayed its 787 again, the company said”: the company this sentence opens with")
  func companyOpeningTheSentence() throws {
    let found = try statements(
      "Shares of Apple rose 3 percent on Tuesday. Boeing delayed its 787 again, the company said."
    )
    #expect(found.map(\.party) == ["boeing"])
  }

  @Test("“X, Medinsky said in a statement on Telegram”: the content is X, not where it was said")
  func attributionClosesTheSentence() throws {
    let found = try statements(
      "Refrigerated trucks carrying the first 1,212 bodies were waiting at the agreed point, Medinsky said in a statement published on his Telegram channel. After the talks ended, Peskov said on Sunday the exchange would go ahead."
    )
    #expect(
      found.map(\.text) == [
        "Refrigerated trucks carrying the first 1,212 bodies were waiting at the agreed point",
        "the exchange would go ahead",
      ])
  }

  @Test(
    "one claim gives one statement: “confirmed X and said Y” is one, “said X and accused Y” two")
  func oneClaim() throws {
    let umerov = try statements(
      "Ukrainian Defense Minister Rustem Umerov, who led Kyiv's delegation, confirmed the humanitarian agreement and said the Russian memorandum would be studied."
    )
    #expect(umerov.count == 1)
    #expect(umerov.first?.party == "rustem-umerov")
    #expect(umerov.first?.cue == "confirmed")
    #expect(umerov.first?.text.contains("memorandum would be studied") == true)

    let two = try statements(
      "Maria Zakharova said the talks were useful and accused Kyiv of stalling them.")
    #expect(two.map(\.stance) == [.assert, .accuse])
  }

  @Test("an organisation speaks, and “the company” and “it” stand for the last one named")
  func organisations() throws {
    let found = try statements(
      "General Motors reported a loss of $1 billion for the quarter. The company said sales in Europe had fallen. It added that no plants would close.",
      hints: ["General Motors"])
    #expect(found.map(\.party) == ["general-motors", "general-motors", "general-motors"])
    #expect(found.map(\.cue) == ["reported", "said", "added"])
    #expect(found.allSatisfy { $0.speaker == nil })
    #expect(found[1].text == "sales in Europe had fallen")
  }

  @Test("a pronoun speaker is the most recent named person, not a state named since")
  func pronouns() throws {
    let found = try statements(
      "Kremlin spokesman Dmitry Peskov met journalists in Moscow. Russia and Ukraine resumed talks. He said the delegations would meet again."
    )
    let he = try #require(found.first { $0.sentence == 2 })
    #expect(he.party == "dmitry-peskov")
    #expect(he.speaker == "Dmitry Peskov")
    #expect(he.text == "the delegations would meet again")
  }

  @Test("“according to X”: X speaks; the content leaves the phrase out, before or after it")
  func accordingTo() throws {
    let found = try statements(
      "According to the Red Cross, 1,200 prisoners were exchanged on Friday. Forty people were killed in the strike, according to Ukraine."
    )
    #expect(found.map(\.party) == ["international-committee-of-the-red-cross", "ukraine"])
    #expect(found.map(\.cue) == ["According to", "according to"])
    #expect(found[0].text == "1,200 prisoners were exchanged on Friday")
    #expect(found[1].text == "Forty people were killed in the strike")
  }

  @Test("a quotation split by its attribution gives both halves, and not the speaker")
  func splitQuotation() throws {
    let found = try statements(
      "“We are ready,” Dmitry Peskov said, “and we will keep our word.” “It is late,” said Maria Zakharova."
    )
    #expect(found.map(\.party) == ["dmitry-peskov", "maria-zakharova"])
    #expect(found[0].text == "We are ready … and we will keep our word")
    #expect(found[1].text == "It is late")
  }

  @Test("the wider range of reporting verbs and nouns, each with its stance")
  func verbsAndNouns() throws {
    let found = try statements(
      "NATO announced a new command for Ukraine. Turkey thanked both delegations for their work. Ukraine estimated that 40 aircraft were hit. Moscow urged Kyiv to accept the memorandum. The United Nations warned of a famine. Russia's announcement that the exchange would start surprised Kyiv."
    )
    #expect(
      found.map(\.party) == ["nato", "turkey", "ukraine", "russia", "united-nations", "russia"])
    #expect(found.map(\.stance) == [.assert, .assert, .assert, .demand, .other, .assert])
    #expect(found.last?.cue == "announcement")
  }

  @Test("an act named by a reporting word is no statement: “agreed to”, “a resolution demanding”")
  func notSpeech() throws {
    let found = try statements(
      "Russia and Ukraine agreed to exchange 1,000 prisoners. NATO failed to pass a resolution demanding a ceasefire."
    )
    #expect(found.isEmpty)
  }

  @Test("a speaker no list knows is learnt from the name at the cue, and found again by surname")
  func unknownSpeakers() throws {
    let b = try Extractor(gazetteer: Gazetteer.builtIn()).extract(
      Seed.article(
        "“We will not turn boats away,” said Jeff Rathke. Microsoft reported that the browser had 277 flaws. Rathke added that the talks would go on. Diplomatic sources in Ankara said a meeting was likely."
      ))
    // "Diplomatic sources in Ankara": unnamed people of a state's capital speak for the state,
    // the gold set's rule for unnamed officials.
    #expect(b.statements.map(\.party) == ["jeff-rathke", "microsoft", "jeff-rathke", "turkey"])
    #expect(b.statements.first?.speaker == "Jeff Rathke")
    #expect(b.statements.first?.text == "We will not turn boats away")
    #expect(b.parties.first { $0.id == "jeff-rathke" }?.kind == .person)
    #expect(b.parties.first { $0.id == "microsoft" }?.kind == .organization)
    // "sources in Ankara": where the speakers are, not a speaker named "Ankara".
    #expect(!b.parties.contains { $0.id == "ankara" })
  }
}
