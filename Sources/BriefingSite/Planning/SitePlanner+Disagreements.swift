import BriefingModels

/// A disagreement as the index page and a briefing page show it: a heading, then each claim
/// with its source, its value and its sentence.
struct DisagreementModel: Codable, Sendable {
  var anchor: String
  var kind: String
  var heading: String
  /// The disagreement on the index page; absent on the index page itself.
  var permalink: String?
  /// The timeline entries it is about.
  var entries: [LinkModel]
  var claims: [ClaimModel]
  var html: [String: String]
}

/// One source's side of a disagreement.
struct ClaimModel: Codable, Sendable {
  /// The outlet, else the article's title.
  var source: String
  /// Whose account it is (who-is-to-blame claims).
  var party: LinkModel?
  /// The date or count as the text gives it; absent when the sentence says it all (blame).
  var says: String?
  /// The sentence, quoted.
  var quote: String
  /// Its link's text: "sentence 4", after the article's title unless that is the source or
  /// the sentence is on this page.
  var link: String
  var href: String
}

/// The short note under a timeline entry whose reports disagree.
struct DisputeNoteModel: Codable, Sendable {
  struct Claim: Codable, Sendable {
    var source: String
    var value: String
    var href: String
  }

  /// "the date", "the count", "who is to blame".
  var what: String
  /// The disagreement on the index page.
  var href: String
  var claims: [Claim]
}

struct DisagreementsPageModel: Codable, Sendable {
  struct Group: Codable, Sendable {
    var heading: String
    var disagreements: [DisagreementModel]
  }

  var title: String
  var count: Int
  var groups: [Group]
  var links: [String: String]
  var html: [String: String]
}

extension SitePlanner {
  /// Whether the templates have the index page (a site made from older templates has not).
  var hasDisagreementsPage: Bool { templates.library["disagreements"] != nil }

  static func heading(_ d: Disagreement) -> String {
    switch d.kind {
    case .date: "The date of \(d.subject)"
    case .number: "The number of \(d.subject)"
    case .actor: "Who is to blame for \(d.subject)"
    }
  }

  static func what(_ kind: Disagreement.Kind) -> String {
    switch kind {
    case .date: "the date"
    case .number: "the count"
    case .actor: "who is to blame"
    }
  }

  /// Every disagreement of the corpus, grouped by what the sources differ on.
  func disagreementsPage() -> Page {
    document(
      path: SitePaths.disagreements, template: "disagreements", title: "Where sources disagree",
      section: .none,
      inputKey: timelineKeys.map { DisagreementsPageKey.key(disagreements, timeline: $0) }
    ) { b in
      var entries: [String: LinkModel] = [:]
      for e in index.timeline where disagreements.byEntry[e.entry.id] != nil {
        let id = e.entry.id
        entries[id] = LinkModel(
          text: "\(e.date.heading), \(e.entry.kind.rawValue)",
          href: b.linker.to(paging.page(of: id), anchor: SitePaths.eventAnchor(id)))
      }
      let titles: [Disagreement.Kind: String] = [
        .date: "Dates", .number: "Counts", .actor: "Who is to blame",
      ]
      let groups = Disagreement.Kind.allCases.compactMap { kind -> DisagreementsPageModel.Group? in
        let found = disagreements.all.filter { $0.kind == kind }
        guard !found.isEmpty else { return nil }
        return .init(
          heading: titles[kind]!,
          disagreements: found.map {
            b.disagreement(
              $0, anchor: SitePaths.disagreementAnchor($0.id),
              entries: $0.entries.compactMap { entries[$0] })
          })
      }
      return DisagreementsPageModel(
        title: "Where sources disagree", count: disagreements.all.count, groups: groups,
        links: siteLinks(b.linker), html: [:])
    }
  }

  /// The notes under timeline entry `id`: one per disagreement it takes part in.
  func disputeNotes(_ id: String, _ b: ItemBuilder) -> [DisputeNoteModel]? {
    guard hasDisagreementsPage, let positions = disagreements.byEntry[id] else { return nil }
    return positions.map { i in
      let d = disagreements.all[i]
      return DisputeNoteModel(
        what: Self.what(d.kind),
        href: b.linker.to(SitePaths.disagreements, anchor: SitePaths.disagreementAnchor(d.id)),
        claims: d.claims.map { c in
          .init(
            source: c.source,
            value: d.kind == .actor ? c.party.map(index.partyName) ?? c.source : c.value,
            href: b.source(article: c.article, sentence: c.sentence).href)
        })
    }
  }

  /// The disagreements briefing `article` makes a claim in, as its page shows them.
  func briefingDisagreements(_ article: String, _ b: inout ItemBuilder) -> [DisagreementModel] {
    (disagreements.byArticle[article] ?? []).enumerated().map { n, i in
      let d = disagreements.all[i]
      var model = b.disagreement(d, anchor: "disagreement-\(n + 1)", entries: [])
      model.permalink =
        hasDisagreementsPage
        ? b.linker.to(SitePaths.disagreements, anchor: SitePaths.disagreementAnchor(d.id)) : nil
      return model
    }
  }
}

extension ItemBuilder {
  /// A disagreement, linking to the timeline `entries` given.
  mutating func disagreement(_ d: Disagreement, anchor: String, entries: [LinkModel])
    -> DisagreementModel
  {
    DisagreementModel(
      anchor: anchor, kind: d.kind.rawValue, heading: SitePlanner.heading(d), permalink: nil,
      entries: entries,
      claims: d.claims.map { c in
        let at = source(article: c.article, sentence: c.sentence)
        return ClaimModel(
          source: c.source, party: d.kind == .actor ? c.party.map(partyLink) : nil,
          says: d.kind == .actor ? nil : c.value, quote: NestedQuotes.inner(c.text),
          link: at.local || at.title == c.source
            ? "sentence \(at.sentence)" : "\(at.title), sentence \(at.sentence)",
          href: at.href)
      },
      html: ["anchor": slots.anchor(anchor)])
  }
}
