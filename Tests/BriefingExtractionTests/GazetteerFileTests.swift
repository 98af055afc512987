import Foundation
import Testing
import Yams

@testable import BriefingExtraction

/// The built-in gazetteer is read from its YAML tree by hand; the result is what Yams'
/// `Decodable` decoder reads, and a malformed file is refused.
@Suite("Gazetteer file")
struct GazetteerFileTests {
  static var builtInText: String {
    get throws {
      let url = Seed.repositoryRoot.appendingPathComponent(
        "Sources/BriefingExtraction/Resources/gazetteer.yml")
      return try String(contentsOf: url, encoding: .utf8)
    }
  }

  @Test("the built-in file reads as Yams' Decodable decoder reads it")
  func sameAsDecoder() throws {
    let text = try Self.builtInText
    let byHand = try GazetteerFile(yaml: text)
    let decoded = try YAMLDecoder().decode(GazetteerFile.self, from: text)
    #expect(byHand == decoded)
    #expect(byHand.states.count > 190)
    #expect(byHand.states.contains { $0.metonym == false })
  }

  @Test("optional fields may be missing or null; required ones may not")
  func optionalAndRequired() throws {
    let minimal = """
      states:
        - {name: Utopia, aliases: ~, capital: Amaurot, metonym: false}
      bodies: [{name: Ministry of Truth}]
      stateNouns: [delegation]
      organizations: [{name: Acme, kind: organization}]
      people: []
      places: [Atlantis]
      orgHeads: [Ministry]
      titles: [President]
      """
    let file = try GazetteerFile(yaml: minimal)
    #expect(file == (try YAMLDecoder().decode(GazetteerFile.self, from: minimal)))
    #expect(file.states.first?.aliases == nil && file.states.first?.metonym == false)
    for broken in [
      minimal.replacingOccurrences(of: "places: [Atlantis]\n", with: ""),
      minimal.replacingOccurrences(of: "{name: Acme, kind: organization}", with: "{kind: x}"),
      minimal.replacingOccurrences(of: "metonym: false", with: "metonym: [1]"),
      "- just a list",
    ] {
      #expect(throws: (any Error).self) { try GazetteerFile(yaml: broken) }
      #expect(throws: (any Error).self) {
        try YAMLDecoder().decode(GazetteerFile.self, from: broken)
      }
    }
  }
}
