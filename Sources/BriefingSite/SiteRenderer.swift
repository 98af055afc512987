import BriefingModels
import Foundation
import Markdown

/// Plans the pages of a site from a corpus and renders each one to bytes.
///
/// How escaping is guaranteed:
/// 1. Page templates are Markdown with Mustache tags; every `{{value}}` is escaped with
///    ``Markdown/MarkdownEscaper`` (the MARKDOWN content type ``TemplateSet`` forces on every
///    template and partial), so text from articles is literal text to cmark: never markup, a
///    link, an image or HTML. Tags that would skip escaping are refused when templates load,
///    except `{{{html.*}}}`.
/// 2. URLs and ids in pages are built from slugs (`a-z0-9-`), see ``SitePaths``.
/// 3. cmark renders with raw HTML off (`CMARK_OPT_DEFAULT`).
/// 4. HTML that cmark cannot make (SVG charts, `<mark>`ed sentences, `id` anchors) is built in
///    Swift with ``HTMLEscaper`` on every text, kept in the page's ``SlotTable``, and spliced in
///    after cmark where the template wrote `{{{html.name}}}`; escaped text cannot forge a slot.
/// 5. `layout.html` is HTML, its values escaped as swift-mustache escapes HTML; only `{{{content}}}` (the page
///    body from steps 1-4) is unescaped. Feeds and sitemaps are escaped as XML, JSON files are
///    encoded with `<`, `>` and `&` as `\u` escapes.
public struct SiteRenderer: Sendable {
  let templates: TemplateSet
  /// Timelines longer than this are split into pages by year, or by month if a year is longer.
  var timelinePageLimit = 200
  /// The search index's file in the cache folder (``SearchCache``).
  public static let searchPackName = SearchCache.packName

  public init(templatesDirectory: URL) throws {
    templates = try TemplateSet(directory: templatesDirectory)
  }

  /// Every page of the site for `corpus`, in a stable order; `inputs` gives pages their keys.
  public func plan(corpus: Corpus, config: SiteConfig, inputs: PageInputs = PageInputs())
    -> [Page]
  {
    SitePlanner(
      index: SiteIndex(
        corpus: corpus, config: config, contributions: inputs.contributions,
        timelineVersions: inputs.timelineVersions),
      templates: templates,
      timelinePageLimit: timelinePageLimit, inputs: inputs
    ).pages()
  }

  /// The bytes of `page`.
  ///
  /// Throws a `Diagnostic` (`.missingSlot`) when the page template writes a slot marker it has no fragment for.
  public func render(_ page: Page) throws -> [UInt8] {
    let document: Page.Document
    switch page.content {
    case .bytes(let bytes): return bytes
    case .deferredBytes(let make): return make()
    case .document(let built): document = built
    case .deferred(let build): document = build()
    }
    // Most pages' Markdown fits in 16 KB: room for it up front instead of regrowing.
    let markdown = templates.fillPage(
      document.template,
      with: (document.context ?? TemplateContext(tree: document.model.tree)).tree,
      capacity: 1 << 14)
    let body: String
    do {
      // Bytes until the layout needs a String: one UTF-8 check for the page, not three.
      body = String(
        decoding: ListItemEnds.drop(
          ListItemAnchors.hoist(
            try MarkdownDocument.htmlUTF8(utf8: markdown, slots: document.slots))),
        as: UTF8.self)
    } catch let error as MarkdownSlotError {
      throw Diagnostic(
        .missingSlot(error.index),
        at: FileLocation(
          file: templates.directory.appendingPathComponent("\(document.template).md").path),
        page: page.path)
    }
    // The layout's tree without the body was built when the page was prepared.
    let layout = (document.layoutContext ?? TemplateContext(tree: document.layout.tree)).tree
    return templates.fillLayout(
      with: layout.setting("content", to: .text(body)), capacity: body.utf8.count + 4096)
  }
}

/// What the generator knows about where a corpus came from, so that pages made from unchanged
/// inputs can be told apart without building them (see ``Page/key``).
public struct PageInputs: Sendable {
  /// Article id → hash of what its briefing was made from: the article and everything the
  /// extraction depended on. Those briefings' pages are keyed by ``BriefingPageKeys``.
  public var briefingSources: [String: String]
  /// A hash that decides the whole corpus (the briefings, the parties, the timeline), such as
  /// every briefing's source in order; nil when not known. Every other page is keyed by it.
  public var corpus: String?
  /// Identifies the build of the tool, so pages keyed by what they show are rebuilt when the
  /// code that builds them may have changed.
  public var tool: String
  /// Where the search index is kept between builds (``SearchCache``); nil builds it afresh.
  public var searchCache: URL?
  /// The corpus's briefings' contributions, in its order, when the generator read them from
  /// its store (the site index files briefings by party from them); nil makes them afresh.
  public var contributions: Contributions?
  /// Date value → the version of that date's bucket of the timeline: a hash of every field of
  /// the entries its reports were merged into, ids before they are made unique
  /// (``TimelineEntryKey``); a date without one is keyed by its entries' fields.
  public var timelineVersions: [String: String] = [:]

  public init(
    briefingSources: [String: String] = [:], corpus: String? = nil, tool: String = "",
    searchCache: URL? = nil
  ) {
    self.briefingSources = briefingSources
    self.corpus = corpus
    self.tool = tool
    self.searchCache = searchCache
  }
}
