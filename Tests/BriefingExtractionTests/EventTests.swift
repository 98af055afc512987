import BriefingModels
import Testing

@testable import BriefingExtraction

@Suite("Events")
struct EventTests {
  @Test("the seed's Istanbul talks of June 2 and the failed exchange of June 7")
  func seed() throws {
    let events = try Seed.briefing().events
    let talks = try #require(events.first { $0.sentence == 3 })
    #expect(talks.date.value == "2025-06-02")
    #expect(talks.date.precision == .day)
    #expect(talks.date.text.contains("June 2"))
    #expect(talks.places == ["Istanbul"])
    #expect(Set(talks.parties) == ["russia", "ukraine"])
    #expect(talks.kind == .meeting)

    let exchange = try #require(events.first { $0.sentence == 7 })
    #expect(exchange.date.value == "2025-06-07")
    #expect(exchange.kind == .exchange)
    #expect(Set(exchange.parties) == ["russia", "ukraine"])
  }

  @Test("a date carries to the sentences that go on reporting, not to commentary")
  func carry() throws {
    let events = try Seed.briefing().events
    let byDate = Dictionary(grouping: events, by: \.date.value).mapValues { $0.map(\.sentence) }
    #expect(byDate["2025-06-02"] == [3, 4, 5])
    #expect(byDate["2025-06-07"] == [7, 8])
    // "This humanitarian measure…", "This denial highlights…": commentary, no event; the
    // undated denial (9) is a statement, not an event.
    #expect(!events.contains { [6, 9, 10].contains($0.sentence) })
    // The meeting sentence names no place of its own; it is the Istanbul meeting.
    #expect(events.first { $0.sentence == 4 }?.places == ["Istanbul"])
  }

  @Test("“the age of 25” is no date, and an undated article has dated events only from the text")
  func noDate() throws {
    let b = try Extractor(gazetteer: Gazetteer.builtIn()).extract(
      Seed.article("Men under the age of 25 were exchanged. Ukraine met Russia.", published: nil))
    #expect(b.events.isEmpty)
  }

  @Test("event ids stay unique when the article's id is as long as a slug gets")
  func idsOfALongArticleID() throws {
    let id = String(String(repeating: "long-title-", count: 8).prefix(Slug.maxLength))
    let b = try Extractor(gazetteer: Gazetteer.builtIn()).extract(
      Seed.article(
        "Russia and Ukraine met in Istanbul on June 2. Russia attacked Kharkiv on June 3.", id: id))
    #expect(b.events.count == 2)
    #expect(Set(b.events.map(\.id)).count == b.events.count)
    #expect(b.events.allSatisfy { $0.id.hasPrefix(id + "-2025-06-0") })
  }

  @Test("every event, statement and mention points at a sentence of the article")
  func sentenceIndices() throws {
    let b = try Seed.briefing()
    let valid = b.sentences.indices
    #expect(
      b.events.allSatisfy { valid.contains($0.sentence) && b.sentences[$0.sentence] == $0.text })
    #expect(b.statements.allSatisfy { valid.contains($0.sentence) })
    #expect(b.parties.allSatisfy { $0.mentions.allSatisfy { valid.contains($0.sentence) } })
    #expect((1...3).contains(b.summary.count))
    #expect(b.summary.allSatisfy(b.sentences.contains))
  }
}

@Suite("Events: one per thing that happened")
struct EventDatingTests {
  func events(_ text: String, published: String = "2025-06-02") throws -> [Event] {
    try Extractor(gazetteer: Gazetteer.builtIn()).extract(Seed.article(text, published: published))
      .events
  }

  @Test("“Monday's round followed a first meeting … on May 16”: the earlier meeting is the event")
  func sequence() throws {
    let found = try events(
      "Monday's round followed a first meeting in Istanbul on May 16, which produced the largest prisoner exchange of the war, 1,000 for 1,000, carried out over three days in late May."
    )
    let dates = found.map(\.date.value)
    #expect(!dates.contains("2025-06-02"))
    #expect(dates.contains("2025-05-16"))
    #expect(found.first { $0.date.value == "2025-05-16" }?.kind == .meeting)
    // No event carries a date the sentence does not give.
    #expect(Set(dates).isSubset(of: ["2025-05-16", "2025-05"]))
  }

  @Test("a possessive date that dates its own happening stays: “Last month's exchange”")
  func possessiveStays() throws {
    let found = try events(
      "Last month's exchange of 1,000 prisoners for 1,000 was the largest of the war.")
    #expect(found.map(\.date.value) == ["2025-05"])
    #expect(found.first?.kind == .exchange)
  }

  @Test("a year naming a thing (“the 2014 annexation”) is not a second event of the sentence")
  func yearAsModifier() throws {
    let found = try events(
      "Russian forces struck Kharkiv on Sunday, months after the 2014 annexation of Crimea was raised again."
    )
    #expect(found.map(\.date.value) == ["2025-06-01"])
    #expect(found.first?.kind == .attack)
  }

  @Test("the date of a plan that did not happen is no event: “had been due to take place on …”")
  func unrealizedPlan() throws {
    let found = try events(
      "Sunday's election had been due to take place on February 25, but the president postponed it until December.",
      published: "2024-03-26")
    #expect(found.map(\.date.value) == ["2024-03-24"])
    #expect(found.first?.kind == .election)
  }
}
