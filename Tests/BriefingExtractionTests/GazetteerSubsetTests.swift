import Foundation
import Testing
import Yams

@testable import BriefingExtraction

/// The built-in gazetteer is read without libyaml, by a reader of the YAML subset it is
/// written in; what that reader reads is what Yams reads, and what it does not understand it
/// leaves to Yams.
@Suite("Gazetteer subset")
struct GazetteerSubsetTests {
  typealias Value = GazetteerSubset.Value

  @Test("the built-in file is in the subset and reads as Yams reads it")
  func builtInSameAsYams() throws {
    let text = try GazetteerFileTests.builtInText
    let subset = try #require(GazetteerFile(subset: text))
    #expect(subset == (try GazetteerFile(yamsReading: text)))
    #expect(subset == (try YAMLDecoder().decode(GazetteerFile.self, from: text)))
    #expect(subset.states.count > 190)
  }

  @Test("block lists and one-line flow values, plain and double-quoted scalars")
  func tree() throws {
    let text = """
      # a comment

      states:
        - {name: Chad , aliases: [Chad's Republic, "N'Djamena"], metonym: false}
        - {}
      titles: [ Mr.,  Prime  Minister ]
      empty: []
      none:
      """
    let root = try #require(GazetteerSubset.parse(text))
    #expect(
      root
        == .map([
          (
            "states",
            .list([
              .map([
                ("name", .scalar("Chad", plain: true)),
                (
                  "aliases",
                  .list([
                    .scalar("Chad's Republic", plain: true), .scalar("N'Djamena", plain: false),
                  ])
                ),
                ("metonym", .scalar("false", plain: true)),
              ]),
              .map([]),
            ])
          ),
          (
            "titles", .list([.scalar("Mr.", plain: true), .scalar("Prime  Minister", plain: true)])
          ),
          ("empty", .list([])),
          ("none", .scalar("", plain: true)),
        ]))
  }

  /// A gazetteer in the subset, which each case below takes out of it.
  static let minimal = """
    states:
      - {name: Utopia, aliases: [Nowhere], capital: Amaurot, metonym: false}
    bodies: [{name: Ministry of Truth}]
    stateNouns: [delegation]
    organizations: [{name: Acme, kind: organization}]
    people: []
    places: [Atlantis]
    orgHeads: [Ministry]
    titles: [President]

    """

  @Test(
    "YAML outside the subset is left to Yams, which reads it",
    arguments: [
      ("titles: [President]", "titles: [President] # a comment"),
      ("titles: [President]", "titles: ['Mr. President']"),
      ("titles: [President]", "titles: [\"Pres\\u0069dent\"]"),
      ("titles: [President]", "titles: [President,\n  Mr.]"),
      ("titles: [President]", "titles:\n  - Mr, President"),
      ("titles: [President]", "titles: [President, ]"),
      ("titles: [President]", "titles: [&t President, *t]"),
      ("titles: [President]", "titles: [Mr: President]"),
      ("titles: [President]", "titles: !!seq [President]"),
      ("titles: [President]", "titles:\t[President]"),
      ("metonym: false", "metonym: no"),
      ("metonym: false", "metonym: \"false\""),
      (
        "  - {name: Utopia, aliases: [Nowhere], capital: Amaurot, metonym: false}",
        "  - name: Utopia\n    capital: Amaurot"
      ),
      ("states:", "---\nstates:"),
      ("people: []", "people: []\npeople: []"),
    ])
  func fallback(from: String, to: String) throws {
    #expect(GazetteerFile(subset: Self.minimal) != nil)
    let text = Self.minimal.replacingOccurrences(of: from, with: to)
    #expect(text != Self.minimal)
    #expect(GazetteerFile(subset: text) == nil)
    if let yams = try? GazetteerFile(yamsReading: text) {
      #expect(try GazetteerFile(yaml: text) == yams)
    } else {
      #expect(throws: (any Error).self) { try GazetteerFile(yaml: text) }
    }
  }

  @Test(
    "variants in the subset read as Yams reads them",
    arguments: [
      ("titles: [President]", "titles:\n  - President\n  - \"Mr.\"\n"),
      ("titles: [President]", "titles:\n- President\n\n# a comment\n- Mr."),
      ("titles: [President]", "titles: [  President ,Mr.  ]   "),
      ("places: [Atlantis]", "places: [Atlantis, \"Saint John's\", L'Aquila, \"[x]: y\"]"),
      ("metonym: false", "metonym: true, prefix: Utopian, capitalAliases: []"),
      ("metonym: false", "metonym: ~, demonyms: null, prefix: Null"),
      ("kind: organization}", "kind: organization, unknown: [{a: b}], id: acme-corp}"),
    ])
  func sameAsYams(from: String, to: String) throws {
    let text = Self.minimal.replacingOccurrences(of: from, with: to)
    #expect(text != Self.minimal)
    let subset = try #require(GazetteerFile(subset: text))
    #expect(subset == (try GazetteerFile(yamsReading: text)))
  }

  @Test("Windows line ends are left to Yams")
  func carriageReturns() throws {
    let text = Self.minimal.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(GazetteerSubset.parse(text) == nil)
    #expect(try GazetteerFile(yaml: text) == GazetteerFile(subset: Self.minimal))
  }

  @Test("a file in the subset that is no gazetteer is refused as Yams refuses it")
  func notAGazetteer() {
    for text in ["titles: [President]", "states: Utopia", "- a list"] {
      #expect(GazetteerFile(subset: text) == nil)
      #expect(throws: (any Error).self) { try GazetteerFile(yaml: text) }
    }
  }
}
