import Foundation

/// One output file of the site: where it goes, what decides its bytes, and what
/// ``SiteRenderer/render(_:)`` needs to produce them.
///
/// A page is planned cheaply and built only when needed: its ``key`` (a hash of its inputs,
/// when the planner knows them) lets a rebuild skip an unchanged page without building
/// anything; ``prepared()`` builds its model and hashes it into a ``fingerprint``, which lets
/// a rebuild skip rendering a page whose inputs changed in ways it does not show.
public struct Page: Sendable {
  /// Relative output path such as `briefings/slug/index.html`; safe alphabet only.
  public var path: String
  /// Hash of everything the page is made from, when known (``BriefingPageKeys`` for briefing
  /// pages, the corpus's key for the others): equal keys mean equal bytes.
  public var key: String?
  /// Stable hash of what determines the page's bytes (view model, template set, trusted
  /// fragments, or the bytes themselves); nil until ``prepared()``.
  public private(set) var fingerprint: String?
  /// A prepared data file's ``ByteDigest`` (its fingerprint is that digest), so the bytes
  /// are not hashed twice; nil for documents.
  public var byteDigest: String? {
    guard case .bytes = content, let fingerprint, !fingerprint.isEmpty else { return nil }
    return fingerprint
  }
  /// `text/html; charset=utf-8`, `application/atom+xml`, ...
  public var mediaType: String
  private(set) var content: Content

  enum Content: Sendable {
    /// A Markdown page template filled with a view model, rendered by cmark, wrapped in the layout.
    case document(Document)
    /// A document whose model is built by ``prepared()``, only if the page's key does not
    /// settle that it is unchanged.
    case deferred(@Sendable () -> Document)
    /// Bytes known at plan time (assets, the sitemap).
    case bytes([UInt8])
    /// Bytes computed by ``prepared()`` (feeds and JSON exports).
    case deferredBytes(@Sendable () -> [UInt8])
  }

  struct Document: Sendable {
    var template: String
    var layout: LayoutModel
    var model: any PageModel
    /// `model` as templates read it; set by ``prepared()``.
    var context: TemplateContext?
    /// `layout` as templates read it (its `content` still empty); set by ``prepared()``.
    var layoutContext: TemplateContext?
    /// Trusted HTML fragments for the model's `html.*` slot markers.
    var slots: [String]
  }

  /// The page template's name for a prepared document page; nil for data files.
  public var template: String? {
    if case .document(let document) = content { document.template } else { nil }
  }

  /// A data file's bytes when known (at plan time, or once prepared); nil for documents.
  public var bytes: [UInt8]? {
    if case .bytes(let bytes) = content { bytes } else { nil }
  }

  /// The template set's digest, folded into a document's fingerprint.
  let digest: String

  /// A document page whose model is built now.
  init(path: String, key: String? = nil, digest: String, document: Document) {
    self.path = path
    self.key = key
    self.digest = digest
    mediaType = "text/html; charset=utf-8"
    content = .document(document)
  }

  /// A document page whose model `build` makes when the page is prepared.
  init(
    path: String, key: String?, digest: String, build: @escaping @Sendable () -> Document
  ) {
    self.path = path
    self.key = key
    self.digest = digest
    mediaType = "text/html; charset=utf-8"
    content = .deferred(build)
  }

  /// A file whose bytes are known now (an asset, the sitemap; a stand-in page in tests).
  public init(path: String, key: String? = nil, mediaType: String, bytes: [UInt8]) {
    self.path = path
    self.key = key
    self.mediaType = mediaType
    content = .bytes(bytes)
    digest = ""
  }

  /// A data file whose bytes `make` computes when the page is prepared.
  init(
    path: String, key: String?, mediaType: String, make: @escaping @Sendable () -> [UInt8]
  ) {
    self.path = path
    self.key = key
    self.mediaType = mediaType
    content = .deferredBytes(make)
    digest = ""
  }

  /// This page built: a document's model turned into a template tree once (reused by render)
  /// and hashed into the fingerprint (cheaper than encoding the model to JSON); a data file's
  /// bytes computed and hashed. With `fingerprinted: false` the fingerprint is left empty
  /// (a page written for the first time has none to compare with).
  public func prepared(fingerprinted: Bool = true) -> Page {
    var page = self
    switch content {
    case .document(var document):
      if document.context == nil { document.context = TemplateContext(tree: document.model.tree) }
      if document.layoutContext == nil {
        document.layoutContext = TemplateContext(tree: document.layout.tree)
      }
      page.content = .document(document)
      page.fingerprint = fingerprinted ? Self.fingerprint(of: document, digest: digest) : ""
    case .deferred(let build):
      var document = build()
      document.context = TemplateContext(tree: document.model.tree)
      document.layoutContext = TemplateContext(tree: document.layout.tree)
      page.content = .document(document)
      page.fingerprint = fingerprinted ? Self.fingerprint(of: document, digest: digest) : ""
    case .bytes(let bytes):
      page.fingerprint = fingerprinted ? Self.fingerprint(of: bytes) : ""
    case .deferredBytes(let make):
      let bytes = make()
      page.content = .bytes(bytes)
      page.fingerprint = fingerprinted ? Self.fingerprint(of: bytes) : ""
    }
    return page
  }

  private static func fingerprint(of document: Document, digest: String) -> String {
    var f = Fingerprint()
    f.add(digest)
    f.add(document.template)
    (document.layoutContext ?? TemplateContext(tree: document.layout.tree)).add(to: &f)
    (document.context ?? TemplateContext(tree: document.model.tree)).add(to: &f)
    for s in document.slots { f.add(s) }
    return f.hex
  }

  private static func fingerprint(of bytes: [UInt8]) -> String { ByteDigest.hex(of: bytes) }
}
