import BriefingModels
import Testing

@testable import BriefingExtraction

/// Attributions common in business, science and politics news, in sentences written for these
/// tests: a spokesperson's apposition, a company's filing, an interview's frame, a document that
/// speaks through a participle set off by commas, analysts at a firm, "according to" a document
/// of a party.
@Suite("News attributions")
struct NewsAttributionTests {
  func statements(_ text: String) throws -> [Statement] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).statements
  }

  @Test("“X, a spokesperson for Y, said”: the person named speaks, not the employer")
  func spokespersonApposition() throws {
    let found = try statements(
      "Maria Lopez, a spokesperson for Microsoft, said the plant would reopen in May.")
    #expect(found.map(\.party) == ["maria-lopez"])
    #expect(found.first?.text == "the plant would reopen in May")
  }

  @Test("“Y said in a filing / press release / report that …”: the company speaks")
  func saidInADocument() throws {
    let found = try statements(
      "Microsoft said in a filing on Monday that sales had fallen. Ukraine said in a statement that the shelling had stopped."
    )
    #expect(found.map(\.party) == ["microsoft", "ukraine"])
    #expect(found.first?.text == "sales had fallen")
  }

  @Test("“In an interview with Z, X said”: the interviewee speaks, not the outlet")
  func interviewFrame() throws {
    let found = try statements(
      "In an interview with Reuters, Rustem Umerov said the talks would resume in June.")
    #expect(found.map(\.party) == ["rustem-umerov"])
  }

  @Test("“X told Y”, “He added”, “X wrote in a blog post”: each speaker is the subject")
  func toldAddedWrote() throws {
    let found = try statements(
      "Rustem Umerov told reporters that the exchange was complete. He added that more talks would follow. Satya Nadella wrote in a blog post that the company would invest in cloud services."
    )
    #expect(found.map(\.party) == ["rustem-umerov", "rustem-umerov", "satya-nadella"])
  }

  @Test("“according to a statement from Y”: the party that issued the document speaks")
  func accordingToDocumentOfParty() throws {
    let found = try statements(
      "The factory will close next year, according to a statement from Microsoft. Prices rose by a fifth, according to figures released by Ukraine."
    )
    #expect(found.map(\.party) == ["microsoft", "ukraine"])
  }

  @Test("“according to a report” with no owner named still has the document as speaker")
  func accordingToDocumentAlone() throws {
    let found = try statements("The factory will close next year, according to a recent report.")
    #expect(found.map(\.speakerText) == ["a recent report"])
  }

  @Test("“Results of the trials, published in …, show”: an “of” phrase before the commas")
  func documentWithOfAndParticiple() throws {
    let found = try statements(
      "Results of the new trials, published in a journal on Friday, show that the vaccine works.")
    #expect(found.map(\.speakerText) == ["Results of the new trials"])
  }

  @Test("“expect” with nothing expected reports nothing")
  func expectWithoutObject() throws {
    let found = try statements("The outcome was worse than most analysts would expect.")
    #expect(found.isEmpty)
  }

  @Test("“The study, published in Nature, found …”: the document speaks past its apposition")
  func documentWithCommaParticiple() throws {
    let found = try statements(
      "The study, published in Nature, found that the drug cut deaths by a third.")
    #expect(found.map(\.speakerText) == ["The study"])
    #expect(found.first?.text == "the drug cut deaths by a third")
  }

  @Test("“Analysts at Goldman Sachs expect …”: the firm speaks for its analysts")
  func analystsExpect() throws {
    let found = try statements(
      "Analysts at Goldman Sachs expect the central bank to raise rates in June.")
    #expect(found.map(\.party) == ["goldman-sachs"])
    #expect(found.first?.cue == "expect")
  }

  @Test("“people familiar with the matter said”: unnamed sources speak through their modifier")
  func unnamedSources() throws {
    let found = try statements(
      "People familiar with the matter said the deal could be signed next week. Sources close to the negotiations said the talks had stalled. Officials speaking on condition of anonymity said the border would stay closed."
    )
    #expect(found.map(\.speakerText) == ["People", "Sources", "Officials"])
    #expect(found.first?.text == "the deal could be signed next week")
  }

  @Test(
    "“…, two people familiar with the matter said.”: the same after a comma, ending the sentence")
  func unnamedSourcesInverted() throws {
    let found = try statements(
      "The firm is weighing a sale of its chip unit, a person briefed on the plan said.")
    #expect(found.map(\.speakerText) == ["a person"])
  }

  @Test("“A spokesperson for Y said”: the party the spokesperson speaks for")
  func spokespersonForParty() throws {
    let found = try statements("A spokesperson for Microsoft said the outage was over.")
    #expect(found.map(\.party) == ["microsoft"])
  }

  @Test("“The FAQ page of the site explains …”: a website speaks as its documents do")
  func siteSpeaks() throws {
    let found = try statements("The FAQ page of the site explains that refunds take a week.")
    #expect(found.map(\.speakerText) == ["the site"])
  }

  @Test("“The findings, which appear in Science, suggest …”: a relative clause between commas")
  func documentWithRelativeClause() throws {
    let found = try statements(
      "The findings, which appear in the journal Science, suggest that the ice is melting faster.")
    #expect(found.map(\.speakerText) == ["The findings"])
  }

  @Test("“a statement posted on its website”: the document's participle reports nothing itself")
  func documentPassiveParticiple() throws {
    let found = try statements(
      "Microsoft said in a statement posted on its website that the outage was over.")
    #expect(found.map(\.party) == ["microsoft"])
    #expect(found.map(\.cue) == ["said"])
  }

  @Test(
    "“An analysis of rents in ten cities shows …”: a document's “of” phrase right before its verb")
  func documentWithOfBeforeVerb() throws {
    let found = try statements(
      "An analysis of rents in ten cities shows that prices rose by a tenth. Microsoft's latest review of its own security logs concluded that the attack came from abroad."
    )
    #expect(
      found.map(\.speakerText) == [
        "An analysis of rents in ten cities", "latest review of its own security logs",
      ])
    #expect(found.first?.text == "prices rose by a tenth")
  }
}
