import BriefingModels
import Testing

@testable import BriefingExtraction

/// Training data from listed names: which forms are names, of which kind, and where they occur.
@Suite("Name annotator")
struct NameAnnotatorTests {
  func marked(_ text: String, _ names: [NameAnnotator.Name]) throws -> [String] {
    let annotator = NameAnnotator(gazetteer: try Gazetteer.builtIn())
    return annotator.annotate(text, names: names).names.map {
      String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) + "/" + $0.kind.rawValue
    }
  }

  @Test("every occurrence is marked, the longest name first, case-sensitively")
  func longestFirst() throws {
    let text = "The Russian Foreign Ministry said Russia would reply. russia is lower case."
    let got = try marked(
      text,
      [
        .init(text: "Russia", kind: .place),
        .init(text: "Russian Foreign Ministry", kind: .organization),
        .init(text: "Foreign Ministry", kind: .organization),
      ])
    #expect(got == ["Russian Foreign Ministry/ORGANIZATION", "Russia/PLACE"])
  }

  @Test("a name is matched on whole words only, never across sentences")
  func wholeWords() throws {
    let text = "Jobs left Apple. Jobsworth stayed. Steve. Jobs returned."
    let got = try marked(
      text, [.init(text: "Jobs", kind: .person), .init(text: "Steve Jobs", kind: .person)])
    #expect(got == ["Jobs/PERSON", "Jobs/PERSON"])
  }

  @Test("forms that are no names on their own are left out")
  func namesOnTheirOwn() throws {
    let g = try Gazetteer.builtIn()
    #expect(g.isName("Abdel Fattah al-Burhan"))
    #expect(g.isName("Council of the European Union"))
    #expect(!g.isName("alliance"))
    #expect(!g.isName("China's foreign ministry"))
    #expect(!g.isName("Israeli forces"))
    #expect(!g.isName("Ukrainian"))
    #expect(!g.isName("Hamas-run health ministry in Gaza"))
  }

  @Test("a party's kind: the gazetteer's, a state's body, an organisation head, else a person")
  func kinds() throws {
    let g = try Gazetteer.builtIn()
    #expect(g.nameKind(ofParty: "russia", forms: ["Moscow"]) == .place)
    #expect(g.nameKind(ofParty: "nato", forms: ["NATO"]) == .organization)
    #expect(
      g.nameKind(ofParty: "qatari-foreign-ministry", forms: ["Qatar's foreign ministry"])
        == .organization)
    #expect(
      g.nameKind(ofParty: "rapid-support-forces", forms: ["Rapid Support Forces", "RSF"])
        == .organization)
    #expect(g.nameKind(ofParty: "lin-jian", forms: ["Lin Jian"]) == .person)
  }
}

extension NameAnnotatorTests {
  @Test("unlisted gazetteer places are places, and a sentence with an unlisted capital is unsure")
  func placesAndUnsure() throws {
    let annotator = NameAnnotator(gazetteer: try Gazetteer.builtIn())
    let text = "Talks opened in Istanbul on Monday. Officials of Meridian Holdings were there."
    let got = annotator.annotate(text, names: [])
    let names = got.names.map {
      String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self)
    }
    #expect(names == ["Istanbul"])
    #expect(got.unsure.count == 1)
    let second = text.range(of: "Officials")!.lowerBound
    #expect(got.unsure.first?.lowerBound == text.utf8.distance(from: text.startIndex, to: second))
  }
}
