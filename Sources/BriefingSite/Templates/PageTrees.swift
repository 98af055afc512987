/// Template trees of the page models and the items they list, built field by field: the same
/// trees ``TemplateTreeEncoder`` makes from their synthesized `encode(to:)` (a test compares the
/// two on every page of the fixture site), without a generic encoder call for every field.
/// Each type's field names are sorted once, in a `static let`, and its values listed in that
/// order.

extension LayoutModel: ItemTree {
  private static let names = TemplateFields.ascending(
    "content", "description", "feed", "home", "lang", "nav", "script", "searchPage", "siteTitle",
    "stylesheet", "title")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        .text(content), TemplateData(description), .text(feed), .text(home), .text(lang),
        TemplateData(nav), TemplateData(script), .text(searchPage), .text(siteTitle),
        .text(stylesheet), .text(title),
      ])
  }
}

extension LayoutModel.NavItem: ItemTree {
  private static let names = TemplateFields.ascending("current", "href", "text")
  var tree: TemplateData { .object(names: Self.names, [.bool(current), .text(href), .text(text)]) }
}

extension HomeModel: PageModel {
  private static let names = TemplateFields.ascending(
    "briefings", "description", "disagreements", "events", "html", "links", "parties", "title")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        TemplateData(briefings), TemplateData(description), TemplateData(disagreements),
        TemplateData(events), TemplateData(html), TemplateData(links), TemplateData(parties),
        .text(title),
      ])
  }
}

extension BriefingPageModel: PageModel {
  private static let names = TemplateFields.ascending(
    "author", "date", "disagreements", "events", "html", "links", "parties", "sentenceCount",
    "source", "speakers", "summary", "tags", "title", "url")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        TemplateData(author), TemplateData(date), TemplateData(disagreements),
        TemplateData(events), TemplateData(html), TemplateData(links), TemplateData(parties),
        .number(sentenceCount), TemplateData(source), TemplateData(speakers),
        TemplateData(summary), TemplateData(tags), .text(title), TemplateData(url),
      ])
  }
}

extension BriefingPageModel.SummaryLine: ItemTree {
  private static let names = TemplateFields.ascending("href", "text")
  var tree: TemplateData { .object(names: Self.names, [TemplateData(href), .text(text)]) }
}

extension TimelinePageModel: PageModel {
  private static let names = TemplateFields.ascending(
    "allFilters", "count", "days", "filtered", "html", "kind", "links", "next", "paged",
    "partial", "party", "partyFilters", "period", "periods", "periodsInFilters", "previous",
    "title")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        .bool(allFilters), .number(count), TemplateData(days), .bool(filtered),
        TemplateData(html), TemplateData(kind), TemplateData(links), TemplateData(next),
        .bool(paged), .bool(partial), TemplateData(party), TemplateData(partyFilters),
        TemplateData(period), TemplateData(periods), .bool(periodsInFilters),
        TemplateData(previous), .text(title),
      ])
  }
}

extension TimelinePageModel.Period: ItemTree {
  private static let names = TemplateFields.ascending("count", "current", "href", "label")
  var tree: TemplateData {
    .object(
      names: Self.names, [TemplateData(count), .bool(current), .text(href), .text(label)])
  }
}

extension TimelinePageModel.Day: ItemTree {
  private static let names = TemplateFields.ascending("events", "label")
  var tree: TemplateData { .object(names: Self.names, [TemplateData(events), .text(label)]) }
}

extension PartiesPageModel: PageModel {
  private static let names = TemplateFields.ascending("count", "groups", "html", "links", "title")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        .number(count), TemplateData(groups), TemplateData(html), TemplateData(links),
        .text(title),
      ])
  }
}

extension PartiesPageModel.Group: ItemTree {
  private static let names = TemplateFields.ascending("kind", "parties")
  var tree: TemplateData { .object(names: Self.names, [.text(kind), TemplateData(parties)]) }
}

extension PartyPageModel: PageModel {
  private static let names = TemplateFields.ascending(
    "aliases", "briefingCount", "briefings", "children", "description", "eventCount", "events",
    "eventsShown", "html", "kind", "kindLabel", "links", "months", "name", "parent", "related",
    "relationCount", "relations", "role", "statementCount", "statementsShown")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        TemplateData(aliases), .number(briefingCount), TemplateData(briefings),
        TemplateData(children), TemplateData(description), .number(eventCount),
        TemplateData(events), TemplateData(eventsShown), TemplateData(html), .text(kind),
        .text(kindLabel), TemplateData(links), TemplateData(months), .text(name),
        TemplateData(parent), TemplateData(related), .number(relationCount),
        TemplateData(relations), TemplateData(role), .number(statementCount),
        TemplateData(statementsShown),
      ])
  }
}

extension PartyPageModel.Month: ItemTree {
  private static let names = TemplateFields.ascending("label", "statements")
  var tree: TemplateData { .object(names: Self.names, [.text(label), TemplateData(statements)]) }
}

extension PartyPageModel.Related: ItemTree {
  private static let names = TemplateFields.ascending("count", "href", "name")
  var tree: TemplateData { .object(names: Self.names, [.number(count), .text(href), .text(name)]) }
}

extension PartyPageModel.RelationRow: ItemTree {
  private static let names = TemplateFields.ascending(
    "anchor", "count", "kind", "moreSources", "party", "relation", "sources")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        .text(anchor), .number(count), .text(kind), TemplateData(moreSources), party.tree,
        .text(relation), TemplateData(sources),
      ])
  }
}

extension SimplePageModel: PageModel {
  private static let names = TemplateFields.ascending("html", "links", "title")
  var tree: TemplateData {
    .object(names: Self.names, [TemplateData(html), TemplateData(links), .text(title)])
  }
}

extension DisagreementsPageModel: PageModel {
  private static let names = TemplateFields.ascending("count", "groups", "html", "links", "title")
  var tree: TemplateData {
    .object(
      names: Self.names,
      [
        .number(count), TemplateData(groups), TemplateData(html), TemplateData(links),
        .text(title),
      ])
  }
}

extension DisagreementsPageModel.Group: ItemTree {
  private static let names = TemplateFields.ascending("disagreements", "heading")
  var tree: TemplateData {
    .object(names: Self.names, [TemplateData(disagreements), .text(heading)])
  }
}
