import Testing

@testable import BriefingSite

@Suite("Model trees: built by hand, the same trees the encoder makes from the models")
struct ItemTreeTests {
  /// The tree as a hash that sees every name, value and kind.
  func hash(_ tree: TemplateData) -> String {
    var f = Fingerprint()
    tree.add(to: &f)
    return f.hex
  }

  /// The synthesized `encode(to:)` of the model itself (its fields' items may be hand-built,
  /// and are compared on their own below).
  func expectSame<M: ItemTree & Encodable>(_ model: M) {
    #expect(hash(model.tree) == hash(TemplateTreeEncoder.tree(model)), "\(M.self)")
  }

  let link = LinkModel(text: "Le Monde", href: "../../parties/le-monde/")
  let source = SourceModel(
    title: "Talks resume", href: "../x/#s3", date: "2 June 2025", sentence: 3,
    local: false, label: "Le Monde, 2 June 2025", again: true)
  let bareSource = SourceModel(
    title: "Talks", href: "#s1", date: nil, sentence: 1, local: true, label: "Talks")

  @Test("links, sources and dispute notes, with optionals set and absent")
  func small() {
    expectSame(link)
    expectSame(source)
    expectSame(bareSource)
    let claim = DisputeNoteModel.Claim(source: "AP", value: "3 June", href: "../y/#s2")
    expectSame(claim)
    expectSame(DisputeNoteModel(what: "the date", href: "../d/#date-x", claims: [claim, claim]))
  }

  @Test("events and statements, with optionals set and absent")
  func large() {
    let event = EventModel(
      id: "a-1", anchor: "event-1", date: "2 June 2025", text: "Talks resumed.", kind: "meeting",
      permalink: "../timeline/#event-a-1", parties: [link, link], places: "Geneva",
      sources: [source, bareSource], moreSources: 4, html: ["anchor": "x", "b": "y"],
      disputes: [DisputeNoteModel(what: "the date", href: "h", claims: [])])
    expectSame(event)
    expectSame(
      EventModel(
        id: "a-2", anchor: "event-2", date: nil, text: "t", kind: "other", permalink: nil,
        parties: [], places: nil, sources: [], moreSources: nil, html: [:], disputes: nil))
    expectSame(
      StatementModel(
        anchor: "statement-1", party: link, speakerText: nil, speaker: "Mr X", cue: "said",
        stance: "neutral", text: "We will talk.", target: link, source: source,
        html: ["anchor": "z"]))
    expectSame(
      StatementModel(
        anchor: "statement-2", party: nil, speakerText: "researchers", speaker: nil, cue: "said",
        stance: "against", text: "No.", target: nil, source: bareSource, html: [:]))
  }

  @Test(
    "every page of the fixture site: its model's and layout's trees are the encoder's",
    arguments: [nil, 2])
  func everyPage(timelinePageLimit: Int?) throws {
    var renderer = try SiteRenderer(templatesDirectory: Fixtures.templates)
    if let timelinePageLimit { renderer.timelinePageLimit = timelinePageLimit }
    var kinds = Set<String>()
    for planned in renderer.plan(corpus: Fixtures.corpus(), config: Fixtures.config) {
      guard case .document(let document) = planned.prepared().content else { continue }
      kinds.insert("\(type(of: document.model))")
      #expect(
        hash(document.model.tree) == hash(TemplateTreeEncoder.tree(document.model)),
        "\(planned.path)")
      #expect(
        hash(document.layout.tree) == hash(TemplateTreeEncoder.tree(document.layout)),
        "\(planned.path)")
      // The tree the page keeps for render is the model's own.
      #expect(document.context.map { hash($0.tree) } == hash(document.model.tree))
    }
    #expect(
      kinds == [
        "HomeModel", "BriefingPageModel", "TimelinePageModel", "PartiesPageModel",
        "PartyPageModel", "SimplePageModel", "DisagreementsPageModel",
      ])
  }
}
