import BriefingModels

// The values page templates see. Field names are the template's keys; every String here is
// escaped for Markdown when a template writes it with `{{name}}`. `html` dictionaries hold slot
// markers for trusted fragments (see SlotTable).

/// A link: text and a relative URL in the safe alphabet.
struct LinkModel: Codable, Sendable, Hashable {
  var text: String
  var href: String
}

/// Where a fact came from: the article, and a link to its sentence on the briefing page.
struct SourceModel: Codable, Sendable, Hashable {
  var title: String
  var href: String
  var date: String?
  var sentence: Int
  /// The sentence is on this very page (a briefing's own facts).
  var local: Bool
  /// The article in a few words: its outlet (else its title) and its date, "Le Monde, 2 June
  /// 2025". An event's "Reported in" says this: the event's own sentence says what happened.
  var label: String
  /// Another sentence of the article the source before it in the list came from: its label
  /// was said already (an event's sources).
  var again: Bool? = nil
}

/// One event on the timeline (or in a briefing's key dates).
struct EventModel: Codable, Sendable {
  var id: String
  var anchor: String
  /// Nil on a timeline page, whose day heading above the event says it already.
  var date: String?
  var text: String
  var kind: String
  /// The event on the timeline page that lists it.
  var permalink: String?
  var parties: [LinkModel]
  var places: String?
  var sources: [SourceModel]
  /// Sources not listed here, only on the event's timeline page (`permalink`).
  var moreSources: Int?
  var html: [String: String]
  /// Where this event's reports disagree (timeline pages only).
  var disputes: [DisputeNoteModel]? = nil
}

/// One statement: who said what, to whom, and where it was reported.
struct StatementModel: Codable, Sendable {
  var anchor: String
  /// The party that spoke, linked to its page; nil when no party stands for the speaker.
  var party: LinkModel?
  /// Who spoke as the text names them, when no party does ("researchers"): plain text.
  var speakerText: String?
  var speaker: String?
  var cue: String
  var stance: String
  var text: String
  var target: LinkModel?
  var source: SourceModel
  var html: [String: String]
}

/// One speaker's statements on a briefing page: the speaker named (and linked) once, then each
/// statement's verb, which links to its sentence. A statement each, repeating the speaker's
/// link, was a fifth of a briefing page's bytes.
struct SpeakerModel: Codable, Sendable {
  var party: LinkModel?
  var speakerText: String?
  /// How the article names the speaker, when not by the party's name.
  var speaker: String?
  var statements: [StatementModel]

  /// `statements` grouped by who spoke (party, text and name alike), in the order each
  /// speaker first speaks; each group keeps the article's order.
  static func grouped(_ statements: [StatementModel]) -> [SpeakerModel] {
    var out: [SpeakerModel] = []
    var place: [String: Int] = [:]
    for s in statements {
      let key = [s.party?.href ?? "", s.speakerText ?? "", s.speaker ?? ""].joined(separator: "\n")
      if let i = place[key] {
        out[i].statements.append(s)
      } else {
        place[key] = out.count
        out.append(
          SpeakerModel(
            party: s.party, speakerText: s.speakerText, speaker: s.speaker, statements: [s]))
      }
    }
    return out
  }
}

/// A briefing in a list.
struct BriefingItemModel: Codable, Sendable {
  var title: String
  var href: String
  var date: String?
  var source: String?
  var events: Int
  var statements: Int
}

/// A party in a list, with how often it appears.
struct PartyItemModel: Codable, Sendable {
  var name: String
  var href: String
  var kind: String
  /// How often it appears across the corpus; absent on briefing pages.
  var count: Int?
  var role: String?
  var parent: LinkModel?
}

/// Builds item view models for one page: links relative to it, anchors in its slot table.
struct ItemBuilder {
  let index: SiteIndex
  let linker: Linker
  /// Output path of the page being built.
  let pagePath: String
  var slots = SlotTable()

  func partyLink(_ id: String) -> LinkModel {
    LinkModel(text: index.partyName(id), href: linker.to(SitePaths.party(id)))
  }

  func source(article: String, sentence: Int) -> SourceModel {
    let position = index.briefingPositions[article]
    let page = SitePaths.briefing(article)
    let anchor = SitePaths.sentenceAnchor(sentence)
    let title = position.map { index.briefingsByDate[$0].article.title } ?? article
    let named = position.map { index.sourceLabels[$0] } ?? (date: nil, label: title)
    return SourceModel(
      title: title, href: page == pagePath ? "#" + anchor : linker.to(page, anchor: anchor),
      date: named.date, sentence: sentence + 1, local: page == pagePath, label: named.label)
  }

  /// A party in a list; `counted: false` leaves out its corpus-wide count, so a page that
  /// does not show it (a briefing) does not change whenever the party acts elsewhere.
  func partyItem(_ p: Party, counted: Bool = true) -> PartyItemModel {
    PartyItemModel(
      name: p.name, href: linker.to(SitePaths.party(p.id)), kind: p.kind.rawValue,
      count: counted ? index.activity[p.id] ?? 0 : nil, role: p.role,
      parent: p.parent.flatMap { $0 == p.id ? nil : partyLink($0) })
  }

  func briefingItem(_ b: Briefing) -> BriefingItemModel {
    BriefingItemModel(
      title: b.article.title, href: linker.to(SitePaths.briefing(b.article.id)),
      date: b.article.published.flatMap(CalendarDate.init(iso:)).map(DateLabel.format),
      source: b.article.source, events: b.events.count, statements: b.statements.count)
  }

  /// How many sources an event shows on pages other than the timeline page that lists it.
  static let sourcesOutsideTimeline = 3

  /// A timeline entry; `permalink` points at it on the timeline page given.
  mutating func event(_ e: SiteIndex.Entry, timelinePage: String) -> EventModel {
    let anchor = SitePaths.eventAnchor(e.entry.id)
    // All sources on the page that lists the event; elsewhere the first few and a count, so a
    // story reported by hundreds of articles does not repeat hundreds of links on every page.
    let canonical = timelinePage == pagePath
    let shown =
      canonical || e.entry.sources.count <= Self.sourcesOutsideTimeline + 1
      ? e.entry.sources[...] : e.entry.sources.prefix(Self.sourcesOutsideTimeline)
    // Its first words: the source's sentence, which "Reported in" links, says it whole.
    return EventModel(
      id: e.entry.id, anchor: anchor, date: e.date.heading,
      text: SitePlanner.gist(e.entry.text, sentence: nil), kind: e.entry.kind.rawValue,
      permalink: canonical ? nil : linker.to(timelinePage, anchor: anchor),
      parties: uniqued(e.entry.parties).map(partyLink),
      places: e.entry.places.isEmpty ? nil : e.entry.places.joined(separator: ", "),
      sources: shown.indices.map { i in
        var s = source(article: shown[i].article, sentence: shown[i].sentence)
        if i > shown.startIndex, shown[i - 1].article == shown[i].article { s.again = true }
        return s
      },
      moreSources: e.entry.sources.count > shown.count ? e.entry.sources.count - shown.count : nil,
      html: ["anchor": slots.anchor(anchor)])
  }

  /// A statement; its anchor is `st<n>` with `n` its place in its article, or in the
  /// page's list (`onPage`) where statements of several articles meet.
  mutating func statement(_ ref: SiteIndex.StatementRef, onPage: Int? = nil) -> StatementModel {
    let s = ref.statement
    let anchor = SitePaths.statementAnchor(onPage ?? ref.index)
    return StatementModel(
      anchor: anchor, party: s.hasParty ? partyLink(s.party) : nil,
      speakerText: s.hasParty ? nil : (s.speakerText ?? "someone"),
      speaker: s.speaker == index.partyName(s.party) ? nil : s.speaker, cue: s.cue,
      stance: s.stance.rawValue,
      text: s.text, target: s.target.map(partyLink),
      source: source(article: ref.article, sentence: s.sentence),
      html: ["anchor": slots.anchor(anchor)])
  }
}

/// `ids` without repeats, each where it first comes. A short list is checked by comparing, a
/// longer one through a set sized up front: a set grown insert by insert was 0.8 G
/// instructions of a one-edit rebuild of 10,000 articles (every briefing page's key lists
/// the parties it names, some 90 ids).
func uniqued(_ ids: [String]) -> [String] {
  if ids.count <= 8 {
    var out: [String] = []
    out.reserveCapacity(ids.count)
    for id in ids where !out.contains(id) { out.append(id) }
    return out
  }
  var seen = Set<String>(minimumCapacity: ids.count)
  return ids.filter { seen.insert($0).inserted }
}
