import BriefingModels

// One view model per kind of page: what its template (`templates/<name>.md`) can use.

/// The values `layout.html` sees (escaped for HTML), around the rendered page body.
struct LayoutModel: Codable, Sendable {
  struct NavItem: Codable, Sendable {
    var text: String
    var href: String
    var current: Bool
  }

  var lang: String
  /// The document title: page title and site title.
  var title: String
  var siteTitle: String
  var description: String?
  var home: String
  var stylesheet: String
  /// Only pages that need a script (search, the timeline, a briefing's picture) load one.
  var script: String?
  var feed: String
  var searchPage: String
  var nav: [NavItem]
  /// Filled at render time with the page body (trusted HTML from cmark).
  var content: String = ""
}

struct HomeModel: Codable, Sendable {
  var title: String
  var description: String?
  var briefings: [BriefingItemModel]
  var parties: [PartyItemModel]
  var events: [EventModel]
  /// "2 disagreements between sources", linking to their page; nil without that page.
  var disagreements: LinkModel?
  var links: [String: String]
  var html: [String: String]
}

struct BriefingPageModel: Codable, Sendable {
  var title: String
  var date: String?
  var source: String?
  var author: String?
  /// The original article, only when it is an http(s) URL.
  var url: String?
  var tags: [String]
  var summary: [SummaryLine]
  var events: [EventModel]
  /// Who said what, one item a speaker (``SpeakerModel``).
  var speakers: [SpeakerModel]
  var parties: [PartyItemModel]
  /// Disagreements between sources this article takes a side in.
  var disagreements: [DisagreementModel]
  var sentenceCount: Int
  var links: [String: String]
  var html: [String: String]

  struct SummaryLine: Codable, Sendable {
    var text: String
    var href: String?
  }
}

struct TimelinePageModel: Codable, Sendable {
  struct Period: Codable, Sendable {
    var label: String
    var href: String
    /// Absent on pages that do not show corpus-wide counts (see `TimelineView.counted`).
    var count: Int?
    var current: Bool
  }

  struct Day: Codable, Sendable {
    var label: String
    var events: [EventModel]
  }

  var title: String
  var count: Int
  /// The party this page is filtered by, if any.
  var party: LinkModel?
  var periods: [Period]
  var days: [Day]
  /// False when `partyFilters` lists only the most active parties.
  var allFilters: Bool
  var partyFilters: [PartyItemModel]
  var previous: LinkModel?
  var next: LinkModel?
  var links: [String: String]
  var html: [String: String]
  /// The kind of event this page is filtered by (`meeting`), if any.
  var kind: String? = nil
  /// The year or month this page is filtered by ("June 2025"), if any.
  var period: String? = nil
  /// True on every page but the timeline's first.
  var filtered = false
  /// The first page of a timeline split into periods: it lists no events itself.
  var paged = false
  /// A year page of a timeline split by month: it lists only the events with no month.
  var partial = false
  /// The filter nav (`html.filters`) links every page of `periods` already.
  var periodsInFilters = false
}

struct PartiesPageModel: Codable, Sendable {
  struct Group: Codable, Sendable {
    var kind: String
    var parties: [PartyItemModel]
  }

  var title: String
  var count: Int
  var groups: [Group]
  var links: [String: String]
  var html: [String: String]
}

struct PartyPageModel: Codable, Sendable {
  struct Month: Codable, Sendable {
    var label: String
    var statements: [StatementModel]
  }

  struct Related: Codable, Sendable {
    var name: String
    var href: String
    var count: Int
  }

  /// One row of the relations table: what the party did with another, and where it is said.
  struct RelationRow: Codable, Sendable {
    /// "Met", "Agreed with", "Accused", "Accused by", "Made demands of", …
    var relation: String
    /// `met`, `agreed`, `accused` or `demanded`.
    var kind: String
    /// The row's id, which the network's edges link to.
    var anchor: String
    var party: LinkModel
    /// How many sentences say so.
    var count: Int
    /// The first of those sentences.
    var sources: [SourceModel]
    /// Sentences not linked here.
    var moreSources: Int?
  }

  var name: String
  var kind: String
  /// "State", "Organisation", "Person", "Group".
  var kindLabel: String
  var role: String?
  var description: String?
  var parent: LinkModel?
  var children: [LinkModel]
  var aliases: [String]
  var statementCount: Int
  var months: [Month]
  var eventCount: Int
  var events: [EventModel]
  /// How many of the events are listed, when not all are.
  var eventsShown: Int?
  var related: [Related]
  /// The party's relations, most sentences first (at most ``SitePlanner/partyRelationLimit``).
  var relations: [RelationRow]
  var relationCount: Int
  /// The latest briefings that name the party, newest first.
  var briefings: [BriefingItemModel]
  var briefingCount: Int
  /// How many statements are listed, when not all are.
  var statementsShown: Int?
  var links: [String: String]
  var html: [String: String]
}

/// The 404 page and the search page: site links only.
struct SimplePageModel: Codable, Sendable {
  var title: String
  var links: [String: String]
  var html: [String: String]
}
