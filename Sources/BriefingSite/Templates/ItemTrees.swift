/// Template trees of the item models every page lists by the hundred (sources, links, events,
/// statements, dispute notes), built field by field with names already in order: the same
/// trees ``TemplateTreeEncoder`` makes from their synthesized `encode(to:)` (a test compares
/// the two), without a generic encoder call and a sort for every field and every object.
protocol ItemTree {
  var tree: TemplateData { get }
}

extension TemplateData {
  fileprivate init(_ text: String?) { self = text.map { .text($0) } ?? .null }
  fileprivate init(_ number: Int?) { self = number.map { .number($0) } ?? .null }
  fileprivate init(_ flag: Bool?) { self = flag.map { .bool($0) } ?? .null }
  fileprivate init(_ items: [some ItemTree]) { self = .list(items.map(\.tree)) }

  /// A `[String: String]` as the encoder makes it: an object of texts.
  fileprivate init(_ fields: [String: String]) {
    self = .object(
      TemplateFields(names: Array(fields.keys), values: fields.values.map { .text($0) }))
  }
}

/// An object from names given in ascending order (``TemplateFields`` checks, and sorts if not).
private func object(_ fields: KeyValuePairs<String, TemplateData>) -> TemplateData {
  .object(TemplateFields(names: fields.map(\.key), values: fields.map(\.value)))
}

extension LinkModel: ItemTree {
  var tree: TemplateData { object(["href": .text(href), "text": .text(text)]) }
}

extension SourceModel: ItemTree {
  var tree: TemplateData {
    object([
      "again": TemplateData(again), "date": TemplateData(date), "href": .text(href),
      "label": .text(label), "local": .bool(local), "sentence": .number(sentence),
      "title": .text(title),
    ])
  }
}

extension DisputeNoteModel.Claim: ItemTree {
  var tree: TemplateData {
    object(["href": .text(href), "source": .text(source), "value": .text(value)])
  }
}

extension DisputeNoteModel: ItemTree {
  var tree: TemplateData {
    object(["claims": TemplateData(claims), "href": .text(href), "what": .text(what)])
  }
}

extension EventModel: ItemTree {
  var tree: TemplateData {
    object([
      "anchor": .text(anchor), "date": TemplateData(date),
      "disputes": disputes.map { TemplateData($0) } ?? .null, "html": TemplateData(html),
      "id": .text(id), "kind": .text(kind), "moreSources": TemplateData(moreSources),
      "parties": TemplateData(parties), "permalink": TemplateData(permalink),
      "places": TemplateData(places), "sources": TemplateData(sources), "text": .text(text),
    ])
  }
}

extension StatementModel: ItemTree {
  var tree: TemplateData {
    object([
      "anchor": .text(anchor), "cue": .text(cue), "html": TemplateData(html),
      "party": party?.tree ?? .null, "source": source.tree, "speaker": TemplateData(speaker),
      "speakerText": TemplateData(speakerText), "stance": .text(stance),
      "target": target?.tree ?? .null, "text": .text(text),
    ])
  }
}
