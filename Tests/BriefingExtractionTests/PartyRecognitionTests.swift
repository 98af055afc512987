import BriefingModels
import Testing

@testable import BriefingExtraction

@Suite("Party recognition")
struct PartyRecognitionTests {
  func parties(_ text: String) throws -> [Party] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text)).parties
  }

  @Test("the seed names each of its parties once, with the other names as aliases")
  func seedParties() throws {
    let parties = try Seed.briefing().parties
    let ids = parties.map(\.id)
    for id in [
      "russia", "ukraine", "belarus", "russian-ministry-of-defence", "russian-foreign-ministry",
      "ukrainian-coordination-headquarters", "dmitry-peskov", "russian-armed-forces",
    ] {
      #expect(ids.filter { $0 == id }.count == 1, "\(id)")
    }
    #expect(Set(ids).count == ids.count)
    let byID = Dictionary(uniqueKeysWithValues: parties.map { ($0.id, $0) })
    #expect(Set(["Moscow", "Russian Federation"]).isSubset(of: byID["russia"]!.aliases))
    #expect(
      byID["russian-ministry-of-defence"]!.aliases.contains(
        "Ministry of Defense of the Russian Federation"))
    #expect(byID["russian-ministry-of-defence"]!.parent == "russia")
    #expect(byID["ukrainian-coordination-headquarters"]!.parent == "ukraine")
    #expect(byID["ukrainian-coordination-headquarters"]!.kind == .organization)
    #expect(byID["dmitry-peskov"]!.kind == .person)
    // The affiliation the text gives: "Russian Foreign Ministry spokesperson Dmitry Peskov".
    #expect(byID["dmitry-peskov"]!.parent == "russian-foreign-ministry")
  }

  @Test("a language is not a mention: “conducted in Russian”")
  func language() throws {
    let seed = try Seed.briefing()
    let russia = seed.parties.first { $0.id == "russia" }!
    #expect(!russia.mentions.contains { $0.sentence == 4 })
    #expect(try parties("The meeting was conducted in Russian and English.").isEmpty)
    #expect(try parties("Russian-speaking residents stayed.").isEmpty)
  }

  @Test("a capital stands for its state when it acts, not when it is a venue")
  func capitals() throws {
    #expect(
      try parties("Kyiv rejected the accusations from Moscow.").map(\.id) == ["ukraine", "russia"])
    #expect(try parties("The talks were held in Moscow.").isEmpty)
  }

  @Test(
    "bodies by rule: “<state>'s <body>”, “<demonym> <body>”, “<body> of <state>”, US and UK spelling"
  )
  func bodies() throws {
    #expect(
      try parties("Russia's defence ministry said so.").first?.id == "russian-ministry-of-defence")
    #expect(
      try parties("The Ukrainian Defense Ministry said so.").first?.id
        == "ukrainian-ministry-of-defence")
    #expect(
      try parties("The Ministry of Foreign Affairs of Ukraine said so.").first?.id
        == "ukrainian-foreign-ministry")
    #expect(try parties("The Russian military said so.").first?.id == "russian-armed-forces")
    #expect(try parties("The Russian delegation arrived.").map(\.id) == ["russia"])
  }

  @Test("unknown organisations with a head word and titled people become parties")
  func unknownNames() throws {
    let found = try parties(
      "Polish Border Guard Command spokesman Tomasz Nowak said the crossing had reopened.")
    #expect(found.map(\.id) == ["polish-border-guard-command", "poland", "tomasz-nowak"])
    #expect(found[0].parent == "poland")
    #expect(found[2].kind == .person)
    #expect(found[2].parent == "polish-border-guard-command")
    #expect(found[2].role == "spokesman")
  }
}
