import BriefingModels
import Foundation
import Testing

@testable import BriefingExtraction

/// The statistical name tagger: its tags, its model file, and what the extraction makes of it.
@Suite("Name tagger")
struct NameTaggerTests {
  func names(_ text: String) throws -> [String: NameKind] {
    let tagger = NameTagger(model: try NameModel.builtIn(), gazetteer: try Gazetteer.builtIn())
    var out: [String: NameKind] = [:]
    for s in tagger.names(in: text) {
      out[String(decoding: Array(text.utf8)[s.start..<s.end], as: UTF8.self)] = s.kind
    }
    return out
  }

  @Test("BIO tags give spans, and I- only continues its own kind")
  func tagsToSpans() {
    let per = NameTag.begin(.person)
    let org = NameTag.begin(.organization)
    let spans = NameTag.spans([0, per, NameTag.inside(.person), 0, org, 0])
    #expect(spans.map(\.range) == [1..<3, 4..<5])
    #expect(spans.map(\.kind) == [.person, .organization])
    #expect(!NameTag.allowed(NameTag.inside(.person), after: org))
    #expect(!NameTag.allowed(NameTag.inside(.place), after: 0))
    #expect(NameTag.allowed(NameTag.inside(.organization), after: org))
  }

  @Test("training on a few sentences learns them, and the same data gives the same bytes")
  func trainsDeterministically() throws {
    let text = "Steve Jobs met Bill Gates in Paris. Then Anna Berg visited Oslo.\n"
    func span(_ s: String, _ k: NameKind) -> NameSpan {
      let r = text.range(of: s)!
      return NameSpan(
        start: text.utf8.distance(from: text.startIndex, to: r.lowerBound),
        end: text.utf8.distance(from: text.startIndex, to: r.upperBound), kind: k)
    }
    let doc = NameTrainer.Document(
      text: text,
      names: [
        span("Steve Jobs", .person), span("Bill Gates", .person), span("Paris", .place),
        span("Anna Berg", .person), span("Oslo", .place),
      ])
    let trainer = NameTrainer(gazetteer: try Gazetteer.builtIn(), epochs: 10, pruneBelow: 0)
    let a = trainer.train([doc])
    #expect(a.serialized() == trainer.train([doc]).serialized())
    let again = try NameModel(bytes: a.serialized())
    let found = NameTagger(model: again, gazetteer: try Gazetteer.builtIn()).names(in: text)
    #expect(Set(doc.names).isSubset(of: Set(found)))
  }

  @Test("a two-pass model says so in its file, and tags with the majority of a first reading")
  func twoPassModel() throws {
    let text = "Anna Berg flew to Oslo. Berg met Lars Dahl in Oslo. Then Berg left Oslo.\n"
    func span(_ s: String, _ k: NameKind, from offset: Int = 0) -> NameSpan {
      let from = text.index(text.startIndex, offsetBy: offset)
      let r = text.range(of: s, range: from..<text.endIndex)!
      return NameSpan(
        start: text.utf8.distance(from: text.startIndex, to: r.lowerBound),
        end: text.utf8.distance(from: text.startIndex, to: r.upperBound), kind: k)
    }
    let doc = NameTrainer.Document(
      text: text,
      names: [
        span("Anna Berg", .person), span("Oslo", .place), span("Berg", .person, from: 24),
        span("Lars Dahl", .person), span("Oslo", .place, from: 40), span("Berg", .person, from: 55),
        span("Oslo", .place, from: 65),
      ])
    let gazetteer = try Gazetteer.builtIn()
    let first = NameTrainer(gazetteer: gazetteer, epochs: 10, pruneBelow: 0).train([doc])
    let twoPass = NameTrainer(gazetteer: gazetteer, epochs: 10, pruneBelow: 0, memory: .twoPass)
      .train([doc])
    #expect(first.serialized().prefix(4) == Array("BNM1".utf8)[...])
    #expect(twoPass.serialized().prefix(4) == Array("BNM2".utf8)[...])
    let read = try NameModel(bytes: twoPass.serialized())
    #expect(read.memory == .twoPass)
    #expect(try NameModel(bytes: first.serialized()).memory == .firstTag)
    let found = NameTagger(model: read, gazetteer: gazetteer).names(in: text)
    #expect(Set(doc.names).isSubset(of: Set(found)))
  }

  /// (The raw tagger alone takes "Motors" in "General Motors reported" for a person, after the
  /// title "General"; the extraction retypes it: see OpenWorldPartyTests.)
  @Test("the shipped model loads and finds people and places no list holds")
  func shippedModel() throws {
    let model = try NameModel.builtIn()
    #expect(model.featureCount > 10_000)
    let found = try names("The loss was reported on Tuesday, Steve Jobs said in Chicago.")
    #expect(found["Steve Jobs"] == .person)
    #expect(found["Chicago"] == .place)
  }
}
