import BriefingModels
import Testing

@testable import BriefingExtraction

@Suite("Gazetteer")
struct GazetteerTests {
  @Test(
    "the built-in data holds every UN member state plus Kosovo, Palestine, Taiwan and the Vatican")
  func states() throws {
    let g = try Gazetteer.builtIn()
    #expect(g.states.count == 197)
    for id in [
      "russia", "ukraine", "belarus", "united-states", "turkey", "kosovo", "palestine", "taiwan",
      "vatican",
    ] {
      #expect(g.entry(id)?.kind == .state, "\(id)")
    }
  }

  @Test("bodies are built by rule with British spelling and the state as parent")
  func bodies() throws {
    let g = try Gazetteer.builtIn()
    let mod = g.bodyEntry(state: "russia", body: g.bodies.firstIndex(of: "Ministry of Defence")!)
    #expect(mod.id == "russian-ministry-of-defence")
    #expect(mod.parent == "russia")
    #expect(
      g.bodyEntry(state: "united-states", body: g.bodies.firstIndex(of: "Armed Forces")!).id
        == "united-states-armed-forces")
  }

  @Test("editors' parties extend and override the gazetteer")
  func extended() throws {
    let g = try Gazetteer.builtIn().extended(with: [
      PartyDefinition(
        id: "dmitry-peskov", name: "Dmitry Peskov", kind: .person, parent: "kremlin",
        aliases: ["D. Peskov"]),
      PartyDefinition(name: "Northern Relief Alliance", kind: .organization, aliases: ["NRA"]),
    ])
    #expect(g.entry("dmitry-peskov")?.aliases.contains("D. Peskov") == true)
    #expect(g.entry("northern-relief-alliance")?.kind == .organization)
    let b = Extractor(gazetteer: g).extract(Seed.article("The NRA said aid arrived in Kharkiv."))
    #expect(b.parties.map(\.id) == ["northern-relief-alliance"])
  }
}
