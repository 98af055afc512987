/// A view model that gives its template tree itself, field by field, with names already in
/// order: the same tree ``TemplateTreeEncoder`` makes from its synthesized `encode(to:)` (a
/// test compares the two), without a generic encoder call and a sort for every field and every
/// object (the encoder was a fifth of a cold build's rendering).
protocol ItemTree {
  var tree: TemplateData { get }
}

/// The model of a whole page: what ``Page`` keeps and turns into its template tree once.
/// `Encodable` for the reference encoder the trees are tested against.
protocol PageModel: ItemTree, Encodable, Sendable {}

extension TemplateData {
  /// An object of `values`, `values[i]` named `names[i]`, the names from
  /// ``TemplateFields/ascending(_:)``.
  static func object(names: [String], _ values: [TemplateData]) -> TemplateData {
    .object(TemplateFields(ascending: names, values: values))
  }

  init(_ text: String?) { self = text.map { .text($0) } ?? .null }
  init(_ number: Int?) { self = number.map { .number($0) } ?? .null }
  init(_ flag: Bool?) { self = flag.map { .bool($0) } ?? .null }
  init(_ item: (some ItemTree)?) { self = item?.tree ?? .null }
  init(_ items: [some ItemTree]) { self = .list(items.map(\.tree)) }
  init(_ items: [(some ItemTree)]?) { self = items.map { TemplateData($0) } ?? .null }
  init(_ texts: [String]) { self = .list(texts.map { .text($0) }) }

  /// A `[String: String]` as the encoder makes it: an object of texts.
  init(_ fields: [String: String]) {
    self = .object(
      TemplateFields(names: Array(fields.keys), values: fields.values.map { .text($0) }))
  }
}

extension LinkModel: ItemTree {
  private static let names = TemplateFields.ascending("href", "text")
  var tree: TemplateData { .object(names: Self.names, [.text(href), .text(text)]) }
}

extension SourceModel: ItemTree {
  private static let names = TemplateFields.ascending(
    "again", "date", "href", "label", "local", "sentence", "title")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        TemplateData(again), TemplateData(date), .text(href), .text(label), .bool(local),
        .number(sentence), .text(title),
      ])
  }
}

extension DisputeNoteModel.Claim: ItemTree {
  private static let names = TemplateFields.ascending("href", "source", "value")
  var tree: TemplateData { .object(names: Self.names, [.text(href), .text(source), .text(value)]) }
}

extension DisputeNoteModel: ItemTree {
  private static let names = TemplateFields.ascending("claims", "href", "what")
  var tree: TemplateData {
    .object(names: Self.names, [TemplateData(claims), .text(href), .text(what)])
  }
}

extension EventModel: ItemTree {
  private static let names = TemplateFields.ascending(
    "anchor", "date", "disputes", "html", "id", "kind", "moreSources", "parties", "permalink",
    "places", "sources", "text")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        .text(anchor), TemplateData(date), TemplateData(disputes), TemplateData(html), .text(id),
        .text(kind), TemplateData(moreSources), TemplateData(parties), TemplateData(permalink),
        TemplateData(places), TemplateData(sources), .text(text),
      ])
  }
}

extension StatementModel: ItemTree {
  private static let names = TemplateFields.ascending(
    "anchor", "cue", "html", "party", "source", "speaker", "speakerText", "stance", "target",
    "text")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        .text(anchor), .text(cue), TemplateData(html), TemplateData(party), source.tree,
        TemplateData(speaker), TemplateData(speakerText), .text(stance), TemplateData(target),
        .text(text),
      ])
  }
}

extension SpeakerModel: ItemTree {
  private static let names = TemplateFields.ascending(
    "party", "speaker", "speakerText", "statements")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        TemplateData(party), TemplateData(speaker), TemplateData(speakerText),
        TemplateData(statements),
      ])
  }
}

extension BriefingItemModel: ItemTree {
  private static let names = TemplateFields.ascending(
    "date", "events", "href", "source", "statements", "title")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        TemplateData(date), .number(events), .text(href), TemplateData(source),
        .number(statements), .text(title),
      ])
  }
}

extension PartyItemModel: ItemTree {
  private static let names = TemplateFields.ascending(
    "count", "href", "kind", "name", "parent", "role")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        TemplateData(count), .text(href), .text(kind), .text(name), TemplateData(parent),
        TemplateData(role),
      ])
  }
}

extension DisagreementModel: ItemTree {
  private static let names = TemplateFields.ascending(
    "anchor", "claims", "entries", "heading", "html", "kind", "permalink")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        .text(anchor), TemplateData(claims), TemplateData(entries), .text(heading),
        TemplateData(html), .text(kind), TemplateData(permalink),
      ])
  }
}

extension ClaimModel: ItemTree {
  private static let names = TemplateFields.ascending(
    "href", "link", "party", "quote", "says", "source")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        .text(href), .text(link), TemplateData(party), .text(quote), TemplateData(says),
        .text(source),
      ])
  }
}
